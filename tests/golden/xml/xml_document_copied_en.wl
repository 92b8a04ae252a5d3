// `=` between xmlDocument variables copies the document, as it copies the advanced types
// (?1514050, "Assigning the variables of advanced types": Copies); `<-` and a parameter
// share it (docs/builtins.md "Copying an xmlDocument"). It shared: x1 changed with x2.
x1 is xmlDocument = XMLOpen("<!-- settings --><Config><Port>80</Port></Config>", fromString)
x2 is xmlDocument = x1
x2.Config.Port = 8080
x2.Config:env = "test"
Trace(x1.Config.Port, x2.Config.Port, x1.Config:env..Exist)   // expect: 80, 8080, 0
x3 is xmlDocument
x3 = x2
x3.Config.Port = 443
Trace(x2.Config.Port, x3.Config.Port)   // expect: 8080, 443
// the copy keeps the declaration-less header, the comments and the attributes
Trace(XMLBuildString(x3))
// expect: <?xml version="1.0" encoding="UTF-8"?>
// expect: <!-- settings -->
// expect: <Config env="test"><Port>443</Port></Config>
// expect:
// `<-` designates the same document
x4 is xmlDocument <- x1
x4.Config.Port = 81
Trace(x1.Config.Port)   // expect: 81
// a parameter receives the caller's document
SetPort(x1, 82)
Trace(x1.Config.Port)   // expect: 82
// a structure copied copies the document it holds
STSite is Structure
    cfg is xmlDocument
END
s1 is STSite
s1.cfg = x1
s2 is STSite = s1
s2.cfg.Config.Port = 9000
Trace(x1.Config.Port, s1.cfg.Config.Port, s2.cfg.Config.Port)   // expect: 82, 82, 9000
// an array element is a copy too
t is array of xmlDocument
ArrayAdd(t, x1)
t[1].Config.Port = 1
Trace(x1.Config.Port, t[1].Config.Port)   // expect: 82, 1
// an xmlNode still designates the element of its document
n is xmlNode = x1.Config.Port
n..Text = 83
Trace(x1.Config.Port)   // expect: 83
// a document nested 5,000 deep is copied too (the copy keeps its own stack)
xDeep is xmlDocument = XMLOpen(Repeat("<a>", 5000) + "x" + Repeat("</a>", 5000), fromString)
xDeep2 is xmlDocument = xDeep
Trace(XMLBuildString(xDeep2) = XMLBuildString(xDeep))   // expect: 1
// a CDATA section read stays one in the copy
xMail is xmlDocument = XMLOpen("<Mail><![CDATA[<b>Dear</b>]]></Mail>", fromString)
xMail2 is xmlDocument = xMail
Trace(XMLBuildString(xMail2, XMLNoHeader))   // expect: <Mail><![CDATA[<b>Dear</b>]]></Mail>
// expect:

PROCEDURE SetPort(d is xmlDocument, nPort is int)
d.Config.Port = nPort
