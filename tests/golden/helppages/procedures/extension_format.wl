// Help page "Extension procedure" (help.windev.com ?1514086): "creating a Format
// extension procedure for the String type will override both the <String>.Format and
// StringFormat functions". The procedure below is ours (the page gives none); WL.
// reaches the standard StringFormat from inside it.
sText is string = "Hello"
Trace(sText.Format())                   // expect: [HELLO]
Trace(StringFormat(sText))              // expect: [HELLO]
Trace(StringFormat("abc").Length())     // expect: 5

PROCEDURE Format(s is string) <extension>
RESULT "[" + WL.StringFormat(This, ccUpCase) + "]"
