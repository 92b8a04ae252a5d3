// Code copied from a PDF or a web page whose long lines were wrapped, or written with C's
// habit, carries an expression over to the next line after its operator. A WLanguage
// statement ends with its line unless the line ends with ...: the error says so (it said
// "unexpected end of line; expected an expression"). The line ending with ... above
// it is read whole; a syntax error stops the file before it runs.
sDay is string = "20250314"
sLogPath is string = "C:\Logs\app_" + sDay + ...
	".log"
sLine is string = sDay + " | " + // expect error: the line ends with '+': a WLanguage statement ends with its line; to carry it over to the next line, end this one with ... (+ ...)
	"started"
