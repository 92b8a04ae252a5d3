// a multi-line string passed as an argument: `[` ends the line, `]` starts the closing
// line and the call goes on after it (PC SOFT's WEBDEV example builds its e-mails so)
sMessage is string = StringBuild([
	Hello,
	
	Your password on the %1 site was reinitialized.
	Your new password is: %2
	],"Motor","x-42")
Trace(sMessage) // expect: Hello,
// expect: 
// expect: Your password on the Motor site was reinitialized.
// expect: Your new password is: x-42
Trace(Length(Replace([
	one two
], "one", "three"))) // expect: 9
Trace(ArrayCount([
	1,
	2
])) // expect: 2
