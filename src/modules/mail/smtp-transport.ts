// SPDX-License-Identifier: EUPL-1.2
/**
 * Sending one message over SMTP with nodemailer. The worker only knows the small MailTransport
 * type, so tests and the CLI can run it against any server (or none).
 */
import nodemailer from 'nodemailer';
import type { SmtpConfig } from '../../config/env.ts';

/** One message as the worker hands it to a transport. */
export type OutgoingMail = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string | undefined;
  headers: Record<string, string>;
};

/** Something that delivers a message or throws. */
export type MailTransport = {
  send: (mail: OutgoingMail) => Promise<void>;
  close: () => void;
};

/** A pooled SMTP connection to the configured server. */
export function createSmtpTransport(smtp: SmtpConfig): MailTransport {
  const transporter = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
    // A slow or silent server must not hold the worker for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    send: async (mail) => {
      await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
        headers: mail.headers,
      });
    },
    close: () => transporter.close(),
  };
}

/**
 * What may be kept of a failure: the SMTP error code and response code and the message with any
 * address masked, because servers like to quote the recipient ("550 <a@b.nl>: unknown user").
 */
export function describeSendError(error: unknown): string {
  const fields = (error ?? {}) as { code?: unknown; responseCode?: unknown; message?: unknown };
  const code = typeof fields.code === 'string' ? fields.code : 'ERROR';
  const status = typeof fields.responseCode === 'number' ? ` ${fields.responseCode}` : '';
  const message = typeof fields.message === 'string' ? fields.message : String(error);
  const masked = message.replace(/[^\s<>"'()]+@[^\s<>"'()]+/g, '[address]').replace(/\s+/g, ' ');
  return `${code}${status}: ${masked}`.slice(0, 300);
}
