import type { Db, Logger } from '@aula/runtime';
import { simpleParser } from 'mailparser';
import { createTransport, type Transporter } from 'nodemailer';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { caughtEmails } from './db/schema';

/**
 * Most recipients of one e-mail: what common relays accept (Amazon SES takes 50), and what
 * keeps `CaughtEmail.to` a short list. An alert to more people goes out as several e-mails.
 */
export const MAX_RECIPIENTS_PER_EMAIL = 50;

/** One e-mail to send; more than {@link MAX_RECIPIENTS_PER_EMAIL} recipients go as several. */
export interface OutgoingMail {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
}

/** Sends alert e-mails over SMTP. */
export interface Mailer {
  /** Where mail goes: the SMTP server's host, or "the built-in SMTP catcher at 127.0.0.1:<port>". */
  readonly description: string;
  send(mail: OutgoingMail): Promise<void>;
  close(): Promise<void>;
}

/** Options for {@link startMailer}. */
export interface MailerOptions {
  /** An SMTP server; unset starts the built-in catcher. */
  readonly smtpUrl?: string;
  readonly from: string;
  readonly db: Db;
  readonly logger: Logger;
}

/**
 * Sends through nodemailer to `smtpUrl`, or, without one, starts a local SMTP catcher
 * (`smtp-server` on 127.0.0.1, any free port) that stores what it receives in
 * `monitoring.caught_emails` for admins to read: the whole path runs on `npm start`.
 */
export async function startMailer(options: MailerOptions): Promise<Mailer> {
  let catcher: SMTPServer | undefined;
  let catcherAddress = '';
  let transport: Transporter;
  if (options.smtpUrl) {
    transport = createTransport(options.smtpUrl);
  } else {
    catcher = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // As a relay would: 452 past the limit, so a sender splits the rest into another e-mail.
      onRcptTo(_address, session, callback) {
        if (session.envelope.rcptTo.length >= MAX_RECIPIENTS_PER_EMAIL) {
          const error = new Error(`Too many recipients: at most ${MAX_RECIPIENTS_PER_EMAIL}`);
          callback(Object.assign(error, { responseCode: 452 }));
          return;
        }
        callback();
      },
      onData(stream, session, callback) {
        simpleParser(stream)
          .then(async (parsed) => {
            // The envelope, not the To header: what was delivered here, and never past the limit.
            const to = session.envelope.rcptTo.map((recipient) => recipient.address);
            await options.db.insert(caughtEmails).values({
              recipients: to,
              subject: parsed.subject ?? '',
              body: parsed.text ?? '',
            });
            callback();
          })
          .catch((error: unknown) => {
            options.logger.error({ err: error }, 'the SMTP catcher could not store an e-mail');
            callback(error as Error);
          });
      },
    });
    const server = catcher;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const port = (catcher.server.address() as AddressInfo).port;
    catcherAddress = `127.0.0.1:${port}`;
    transport = createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  }
  return {
    description: options.smtpUrl
      ? new URL(options.smtpUrl).host
      : `the built-in SMTP catcher at ${catcherAddress}`,
    async send(mail) {
      for (let start = 0; start < mail.to.length; start += MAX_RECIPIENTS_PER_EMAIL) {
        await transport.sendMail({
          from: options.from,
          to: mail.to.slice(start, start + MAX_RECIPIENTS_PER_EMAIL),
          subject: mail.subject,
          text: mail.text,
        });
      }
    },
    async close() {
      transport.close();
      if (catcher) await new Promise<void>((resolve) => catcher.close(() => resolve()));
    },
  };
}
