// JSONXMLConverter ?1410087323: its example as the page writes it (JSONToXML, XMLToJSON and
// the type were unknown). The page lays the document out one element a line, without the
// XML declaration: ..XMLSource is the document's text as XMLBuildString gives it
// (decided, docs/builtins.md "JSON and XML conversion"); the JSON back is as the page
// states it, compact.
let json = StringToJSON("
{ "name": "TestName"
  ,"id": 2
  ,"true": true
  ,"list": [5,5,6,2,47]
}
")

let converter is JSONXMLConverter
converter.ArrayConversionWithRoot = False
converter.FullConversion = True
let xml = JSONToXML(json, converter)
Trace(xml..XMLSource)
// expect: <?xml version="1.0" encoding="UTF-8"?>
// expect: <document><name>TestName</name><id>2</id><true>true</true><list>5</list><list>5</list><list>6</list><list>2</list><list>47</list></document>
// expect:

// The result will be 
// <document>
//   <name>TestName</name>
//   <id>2</id>
//   <true>true</true>
//   <list>5</list>
//   <list>5</list>
//   <list>6</list>
//   <list>2</list>
//   <list>47</list>
// </document>

Trace(XMLToJSON(xml, converter)) // expect: {"name":"TestName","id":2,"true":true,"list":[5,5,6,2,47]}

// the result will be: 
// { "name":"TestName", "id":2, "true":true, "list":[ 5, 5, 6, 2, 47 ] }

// The defaults the page's table gives, and what they do (decided where the page is cut)
c is JSONXMLConverter
Trace(c.ArrayConversionWithRoot, c.EmptyTagRepresentation, c.FullConversion, c.JSONTyping, c.PrefixAttribute) // expect: 1, 1, 1, 1, @
x is xmlDocument = JSONToXML(json)
Trace(x.document.list.element[3], x.document.list.element..Occurrence) // expect: 6, 5
Trace(XMLToJSON(x)) // expect: {"name":"TestName","id":2,"true":true,"list":[5,5,6,2,47]}
a is JSON = StringToJSON("{""order"": {""@id"": ""42"", ""note"": null, ""#text"": ""rush""}}")
Trace(JSONToXML(a)..XMLSource) // expect: <?xml version="1.0" encoding="UTF-8"?>
// expect: <document><order id="42">rush<note/></order></document>
// expect:
Trace(XMLToJSON(JSONToXML(a))) // expect: {"order":{"@id":42,"note":null,"#text":"rush"}}
m is JSON = StringToJSON("{""m"": [[1, 2], [3]], ""e"": []}")
Trace(XMLToJSON(JSONToXML(m))) // expect: {"m":[[1,2],[3]],"e":null}
c.JSONTyping = False
c.EmptyTagRepresentation = False
Trace(XMLToJSON("<r><id>2</id><ok>true</ok><none/></r>", c)) // expect: {"id":"2","ok":"true","none":""}
c.FullConversion = False
Trace(XMLToJSON(JSONToXML(a), c)) // expect: {"order":{"note":"","#text":"rush"}}
// What XML cannot hold fails the call (ErrorOccurred, an empty document): a member whose
// name is no XML name, a control character; a text that is not XML, XMLToJSON's
d is xmlDocument = JSONToXML("{""first name"": 1}")
Trace(ErrorOccurred, d.document..Exist) // expect: 1, 0
Trace(ErrorInfo(errMessage)) // expect: JSONToXML: the JSON member 'first name' is not an XML name (an element or attribute name starts with a letter or '_' and holds no space).
JSONToXML("{""a"": ""x\u0001""}")
Trace(ErrorOccurred, Position(ErrorInfo(errMessage), "0x0001, which XML cannot hold") > 0) // expect: 1, 1
Trace(XMLToJSON("<a><b>1</a>"), ErrorOccurred) // expect: {}, 1
Trace(XMLToJSON(JSONToXML(123)), XMLToJSON(JSONToXML("{""été"": {""_x"": true}}"))) // expect: 123, {"été":{"_x":true}}
c.Nothing = 1 // expect error: A JSONXMLConverter has no property 'Nothing'
