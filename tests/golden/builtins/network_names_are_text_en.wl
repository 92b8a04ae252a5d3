// A name parameter of the socket, FTP and e-mail folder functions (a socket's name, a
// server's file or folder, an IMAP folder) is a text: an array there stops the run in
// the words of every text parameter, before the connection is looked at, and wl check
// says it (WL115); the run said "cannot be converted to a string" and wl check nothing
// (docs/check.md WL115).
t is array of string = ["a"]
s is emailIMAPSession
WHEN EXCEPTION IN
	SocketExist(t) // wl: ignore[WL115]
DO
	Trace(ExceptionInfo()) // expect: SocketExist expects a string, not a value of type array.
END
WHEN EXCEPTION IN
	SocketConnect(t, 80) // wl: ignore[WL115]
DO
	Trace(ExceptionInfo()) // expect: SocketConnect expects a string, not a value of type array.
END
WHEN EXCEPTION IN
	FTPDate(0, t) // wl: ignore[WL115]
DO
	Trace(ExceptionInfo()) // expect: FTPDate expects a string, not a value of type array.
END
WHEN EXCEPTION IN
	FTPCurrentDir(0, t) // wl: ignore[WL115]
DO
	Trace(ExceptionInfo()) // expect: FTPCurrentDir expects a string, not a value of type array.
END
EmailAddFolder(s, t) // expect error: EmailAddFolder expects a string, not a value of type array
