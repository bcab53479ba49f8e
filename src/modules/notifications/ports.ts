/** What the notifications module needs from the outside world; adapters implement these. */

export interface OutgoingEmail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  /** A calendar invite (`.ics`) and the like. */
  attachments?: { filename: string; contentType: string; content: string }[];
}

/** Sends an email, or throws `MailError`. */
export interface Mailer {
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
  close(): Promise<void>;
}

/** A failed send. `permanent` (a 5xx reply, a refused address) means retrying cannot help. */
export class MailError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'MailError';
  }
}

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}

/**
 * What one POST came to: the status code when the receiver answered, else the error (timeout,
 * refused connection, refused address). `permanent` means retrying cannot help.
 */
export interface WebhookResult {
  statusCode: number | undefined;
  error: string | undefined;
  durationMs: number;
  /** The start of the receiver's answer. */
  response: string | undefined;
  permanent: boolean;
}

export interface WebhookTransport {
  post(request: WebhookRequest): Promise<WebhookResult>;
}
