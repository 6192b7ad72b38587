package org.forewarn.delivery;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.forewarn.shared.ChannelType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through the configured SMTP relay. The Message-ID is made from the idempotency key, so a
 * retry after a lost reply carries the same Message-ID and mail systems can drop the duplicate. The
 * relay taking the message is ACCEPTED.
 */
@Component
class SmtpChannel implements DeliveryChannel {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final DeliveryProperties properties;

    SmtpChannel(ObjectProvider<JavaMailSender> mailSender, DeliveryProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    @Override
    public ChannelType type() {
        return ChannelType.EMAIL;
    }

    @Override
    public ChannelLimit defaultLimit() {
        return new ChannelLimit(200, 8);
    }

    @Override
    public Outcome send(Message message) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return Outcome.retry("No SMTP relay is configured (set spring.mail.host)");
        }
        String messageId = "<" + message.idempotencyKey() + "@forewarn>";
        try {
            MimeMessage mime = new FixedIdMimeMessage(sender.createMimeMessage(), messageId);
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(properties.emailFrom(), message.senderName(), "UTF-8"));
            helper.setTo(message.address());
            helper.setSubject(message.subject() != null ? message.subject() : "");
            helper.setText(message.body(), false);
            mime.setHeader("Idempotency-Key", message.idempotencyKey());
            for (var header : message.headers().entrySet()) {
                mime.setHeader(header.getKey(), header.getValue());
            }
            sender.send(mime);
            return Outcome.accepted(messageId);
        } catch (MailAuthenticationException e) {
            return Outcome.retry("SMTP authentication failed: " + e.getMessage());
        } catch (MailSendException e) {
            boolean rejectedAddress = e.getFailedMessages().values().stream()
                    .anyMatch(SendFailedException.class::isInstance);
            return rejectedAddress ? Outcome.refused("The relay rejected " + message.address() + ": " + e.getMessage())
                    : Outcome.retry("SMTP send failed: " + e.getMessage());
        } catch (MailException | MessagingException | java.io.UnsupportedEncodingException e) {
            return Outcome.retry("SMTP send failed: " + e.getMessage());
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
