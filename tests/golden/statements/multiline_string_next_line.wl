// a multi-line string whose `[` opens the line after the `=` (`sText =` then `[`, as
// real code writes a command line): one statement, the same text as `sText = [`
sText is string
bWide is boolean = True
IF bWide THEN
	sText =
	[
		"%1" -sDEVICE=jpeg -r300 -o "%3" "%2"
	]
ELSE
	sText	=
		[
		"%1" -o "%3" "%2"
		]
END
Trace(StringBuild(sText, "gs", "in.pdf", "out.jpg")) // expect: "gs" -sDEVICE=jpeg -r300 -o "out.jpg" "in.pdf"
sSql is string =
[
	SELECT Name, City
	FROM Customer
]
Trace(Replace(sSql, CR, " | ")) // expect: SELECT Name, City | FROM Customer
sSql +=
[

	WHERE City = 'Lyon'
]
Trace(Right(sSql, 19)) // expect: WHERE City = 'Lyon'
