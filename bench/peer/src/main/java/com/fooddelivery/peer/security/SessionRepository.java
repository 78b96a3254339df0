package com.fooddelivery.peer.security;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SessionRepository extends JpaRepository<Session, Integer> {

    @Query("select s from Session s where s.tokenDigest = :digest and s.begin <= :now and s.end > :now")
    Optional<Session> findValid(@Param("digest") String digest, @Param("now") Instant now);
}
