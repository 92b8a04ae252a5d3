// Email.Category: the Email structure has no member of that name (docs/email.md "Decisions on
// unverified points", Email.Category): ?3032029's member table goes from Email.Bcc to Email.Cc
// to Email.Certificate. Writing it is a catchable error naming the member, as for any other
// name the structure lacks; on an Email variable too.
WHEN EXCEPTION IN
	Email.Category = "Invoices"
DO
	Trace(ExceptionInfo(errMessage)) // expect: 'Category' is not a member of Email.
END
m is Email
m.Subject = "Invoice 42"
Trace(m.Subject) // expect: Invoice 42
Trace(m.Category) // expect error: 'Category' is not a member of the Email variable.
