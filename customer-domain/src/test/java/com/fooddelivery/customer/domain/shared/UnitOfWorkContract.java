package com.fooddelivery.customer.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.menu.Category;
import com.fooddelivery.customer.domain.menu.MenuManagement;
import com.fooddelivery.customer.domain.menu.NewCategory;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UnitOfWork} promises: work commits together, a failure rolls everything back and
 * propagates unchanged, and a nested call joins the open transaction (only the outermost call commits
 * or rolls back; there are no savepoints). Extended once for the rolling-back in-memory unit and once
 * for each real adapter. The writes it checks go to a menu kept in the same store.
 */
public abstract class UnitOfWorkContract {

    private UnitOfWork unitOfWork;
    private MenuManagement menu;

    /** A unit of work over an empty store. */
    protected abstract UnitOfWork unitOfWork();

    /** The menu in the store {@link #unitOfWork()} covers. */
    protected abstract MenuManagement menu();

    @BeforeEach
    void startEmpty() {
        unitOfWork = unitOfWork();
        menu = menu();
    }

    @Test
    void workCommitsTogetherAndItsResultIsReturned() {
        String result = unitOfWork.inTransaction(() -> {
            add("Pizza");
            add("Drinks");
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(names()).containsExactly("Pizza", "Drinks");
    }

    @Test
    void aFailureRollsBackEverythingAndPropagatesUnchanged() {
        add("Kept");
        IllegalStateException failure = new IllegalStateException("refused");

        assertThatThrownBy(() -> unitOfWork.inTransaction(() -> {
                    add("Pizza");
                    add("Drinks");
                    throw failure;
                }))
                .isSameAs(failure);
        assertThat(names()).containsExactly("Kept");
    }

    @Test
    void aNestedCallJoinsTheOuterTransactionAndFallsWithIt() {
        assertThatThrownBy(() -> unitOfWork.inTransaction(() -> {
                    unitOfWork.inTransaction(() -> add("Inner"));
                    add("Outer");
                    throw new ConflictException("the outer work fails after the inner one returned");
                }))
                .isInstanceOf(ConflictException.class);

        assertThat(names()).as("the inner call did not commit on its own").isEmpty();
    }

    @Test
    void aNestedFailureCaughtByTheOuterWorkIsNotUndoneOnItsOwn() {
        unitOfWork.inTransaction(() -> {
            try {
                unitOfWork.inTransaction(() -> {
                    add("Inner");
                    throw new ConflictException("caught by the outer work");
                });
            } catch (ConflictException caught) {
                add("Outer");
            }
            return null;
        });

        assertThat(names())
                .as("no savepoints: the outer transaction commits what the inner wrote")
                .containsExactly("Inner", "Outer");
    }

    private Category add(String name) {
        return menu.add(new NewCategory(name, "", Optional.empty()));
    }

    private List<String> names() {
        return menu.categories().stream().map(Category::name).toList();
    }
}
