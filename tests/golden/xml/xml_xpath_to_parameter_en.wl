// XMLExecuteXPath's array given to a procedure's parameter declared an xmlNode is refused
// at the call, in the words the declaration store says (xml_xpath_into_node_en.wl): it
// went in whole, and `x..Name` stopped in the procedure with "Arrays have no property
// 'Name'" (*decided* 6 Dec 2026, INFERRED: docs/builtins.md "XPath"). A JSON array given
// to a JSON parameter still goes by reference, and one node of the array goes in.
// French twin xml_xpath_vers_parametre_fr.wl.
doc is xmlDocument = XMLOpen("<R><A>one</A><A>two</A></R>", fromString)
ShowName(XMLExecuteXPath(doc, "/R/A")[2]) // expect: A two
j is JSON = "{""list"":[1,2]}"
AddNine(j.list)
Trace(j.list[3]) // expect: 9
ShowName(XMLExecuteXPath(doc, "/R/A")) // expect error: An array (2 elements: XMLExecuteXPath gives an array of xmlNode) cannot be stored in an xmlNode: declare an `array of xmlNode`, or take one node of it (`[1]`).

PROCEDURE ShowName(x is xmlNode)
Trace(x..Name + " " + x..Text)

PROCEDURE AddNine(lst is JSON)
lst[3] = 9
