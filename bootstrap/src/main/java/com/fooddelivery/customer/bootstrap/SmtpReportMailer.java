package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.domain.report.ReportMail;
import com.fooddelivery.customer.domain.report.ReportMailFailedException;
import com.fooddelivery.customer.domain.report.ReportMailer;
import jakarta.activation.DataHandler;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.Date;
import java.util.Objects;
import java.util.Properties;

/**
 * Sends order reports over SMTP with Jakarta Mail (Eclipse Angus). It lives in bootstrap rather than
 * an adapter module of its own: one class with one library, wired only here (see docs/decisions).
 */
final class SmtpReportMailer implements ReportMailer {

    private static final String TIMEOUT_MS = "20000";

    private final Session session;
    private final InternetAddress from;

    SmtpReportMailer(MailSettings settings) {
        Objects.requireNonNull(settings, "settings");
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        properties.put("mail.smtp.timeout", TIMEOUT_MS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MS);
        // Required, not merely enabled: a server that cannot upgrade never sees the password in clear.
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.auth", Boolean.toString(settings.username().isPresent()));
        Authenticator authenticator = settings.username()
                .map(user -> new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(
                                user, settings.password().orElseThrow());
                    }
                })
                .orElse(null);
        this.session = Session.getInstance(properties, authenticator);
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (MessagingException wrong) {
            throw new ConfigurationException("SMTP_FROM is not an e-mail address: '" + settings.from() + "'");
        }
    }

    @Override
    @SuppressWarnings("JavaUtilDate") // Jakarta Mail's Date header takes a java.util.Date
    public void send(ReportMail mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(from);
            message.setRecipient(
                    Message.RecipientType.TO, new InternetAddress(mail.to().value(), true));
            message.setSubject("Your order " + mail.orderUid(), "UTF-8");
            message.setSentDate(new Date());
            MimeBodyPart text = new MimeBodyPart();
            text.setText("The report of your order " + mail.orderUid() + " is attached.", "UTF-8");
            MimeBodyPart pdf = new MimeBodyPart();
            pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.pdf(), "application/pdf")));
            pdf.setFileName("order-" + mail.orderUid() + ".pdf");
            message.setContent(new MimeMultipart(text, pdf));
            Transport.send(message);
        } catch (MessagingException failure) {
            // The library's message names the server and its reply, never the password.
            throw new ReportMailFailedException("SMTP send failed: " + failure.getMessage(), failure);
        }
    }
}
