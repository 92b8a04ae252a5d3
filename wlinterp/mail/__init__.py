"""The SMTP, POP3 and IMAP runtime behind WLanguage's Email functions (stdlib/email.py).

Modules, each with one job: `options` (the rt.options contract, documented there),
`routing` (--smtp-route, capture redirection), `security` (secrets, header/address
checks, cleartext-AUTH policy), `message` (MIME building), `transport` (the SMTP
steps of one connection), `smtp_auth` (its AUTH mechanisms), `client` (its parameters
and the smtplib client that opens its socket), `watchdog` (overall deadlines), `sessions` (sessions, async queue, status),
`objects` (the Email structure/variables) and `session_objects` (emailSMTPSession,
emailPOP3Session, emailIMAPSession), both with no network imports;
for reading: `reading` (what both protocols share: failures, password rules, the run's
sessions), `pop3` (POP3 sessions), `imap` (IMAP sessions and folders), `received` (a
message's source into an Email's members).
"""
