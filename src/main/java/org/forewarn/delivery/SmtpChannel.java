package org.forewarn.delivery;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.forewarn.recipient.ChannelType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through the configured SMTP relay. The Message-ID is derived from the idempotency key, so
 * a retry after a lost reply carries the same Message-ID and mail systems can drop the duplicate.
 */
@Component
class SmtpChannel implements DeliveryChannel {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final DeliveryProperties properties;
    private final String organization;

    SmtpChannel(ObjectProvider<JavaMailSender> mailSender, DeliveryProperties properties,
            @Value("${forewarn.organization:Forewarn duty-to-warn office}") String organization) {
        this.mailSender = mailSender;
        this.properties = properties;
        this.organization = organization;
    }

    @Override
    public ChannelType type() {
        return ChannelType.EMAIL;
    }

    @Override
    public AttemptOutcome attempt(Delivery delivery) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return AttemptOutcome.retry("No SMTP relay is configured (set spring.mail.host)");
        }
        String messageId = "<" + delivery.idempotencyKey() + "@forewarn>";
        try {
            MimeMessage message = new FixedIdMimeMessage(sender.createMimeMessage(), messageId);
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(properties.emailFrom(), organization, "UTF-8"));
            helper.setTo(delivery.address());
            helper.setSubject(delivery.subject());
            helper.setText(delivery.body(), false);
            message.setHeader("Idempotency-Key", delivery.idempotencyKey());
            message.setHeader("X-Forewarn-Warning-Id", delivery.warningId().toString());
            sender.send(message);
            return AttemptOutcome.delivered(messageId);
        } catch (MailAuthenticationException e) {
            return AttemptOutcome.retry("SMTP authentication failed: " + e.getMessage());
        } catch (MailSendException e) {
            boolean rejectedAddress = e.getFailedMessages().values().stream().anyMatch(SendFailedException.class::isInstance);
            return rejectedAddress ? AttemptOutcome.permanentFailure("The relay rejected " + delivery.address() + ": "
                    + e.getMessage()) : AttemptOutcome.retry("SMTP send failed: " + e.getMessage());
        } catch (MailException | MessagingException | java.io.UnsupportedEncodingException e) {
            return AttemptOutcome.retry("SMTP send failed: " + e.getMessage());
        }
    }

    /** Keeps our Message-ID instead of the random one JavaMail assigns on save. */
    private static final class FixedIdMimeMessage extends MimeMessage {
        private final String messageId;

        FixedIdMimeMessage(MimeMessage template, String messageId) throws MessagingException {
            super(template.getSession());
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
