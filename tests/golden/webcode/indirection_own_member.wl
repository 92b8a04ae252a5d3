// An indirection in a method naming a member of the object (`{"m_jsonDocumentTemp.
// fields." + sName + ".stringValue", indVariable} = sValue`, a Firestore document class
// of a Firebase SDK for WINDEV): it stopped ("no variable of the main code is named
// 'm_jsonDocumentTemp'"); it reaches the member as the method's code does. Also from it:
// `..Member` of a member listed by `..Member` (a leaf has none: `m..Member..Occurrence =
// 0`), an element in the path (`...values[1].stringValue`: a JSON array's element, made
// by the write; it was a member named "values[1]") and the constant wlAnsiString (TypeVar
// of a string, as for `string ANSI`).
CONSTANT FIELDS = "fields"
CDocument is Class
	PRIVATE
		m_jsonDoc is JSON
		m_nCount is int
END
doc is CDocument
doc.SetText("name", "Ana")
doc.SetNumber("age", 30)
jAddress is JSON
jAddress.city = "Paris"
jAddress.zip = 75001
doc.SetObject(jAddress)
Trace(doc.Built()) // expect: {"fields":{"name":{"stringValue":"Ana"},"age":{"integerValue":30},"city":{"stringValue":"Paris"},"zip":{"integerValue":75001}}}
Trace(doc.Counted()) // expect: 4
arrTags is array of strings = ["red", "blue"]
doc.SetArray("tags", arrTags)
Trace(doc.Built()) // expect: {"fields":{"name":{"stringValue":"Ana"},"age":{"integerValue":30},"city":{"stringValue":"Paris"},"zip":{"integerValue":75001},"tags":{"arrayValue":{"values":[{"stringValue":"red"},{"stringValue":"blue"}]}}}}
Trace({"arrTags[2]", indVariable}) // expect: blue
sText is string ANSI = "x"
Trace(TypeVar(sText) = wlAnsiString, wlAnsiString = wlString) // expect: 1, 1

PROCEDURE CDocument::SetText(sName is string, sValue is string)
{"m_jsonDoc." + FIELDS + "." + sName + ".stringValue", indVariable} = sValue
{"m_nCount"} += 1

PROCEDURE CDocument::SetNumber(sName is string, nValue is int)
{"m_jsonDoc.[%FIELDS%].[%sName%].integerValue", indVariable} = nValue
{"m_nCount"} = {"m_nCount"} + 1

PROCEDURE CDocument::SetObject(jValue is JSON)
FOR EACH aMember OF jValue..Member
	IF aMember..Member..Occurrence = 0 THEN
		sKind is string = (TypeVar(aMember..Value) IN (wlString, wlAnsiString) ? "stringValue" ELSE "integerValue")
		{"m_jsonDoc.fields." + aMember..Name + "." + sKind, indVariable} = aMember..Value
		m_nCount++
	END
END

PROCEDURE CDocument::SetArray(sName is string, arrValues is array dynamic)
FOR EACH ELEMENT sValue, nRank OF arrValues
	{"m_jsonDoc.fields.[%sName%].arrayValue.values[[%nRank%]].stringValue", indVariable} = sValue
END

PROCEDURE CDocument::Built() : string
RESULT m_jsonDoc

PROCEDURE CDocument::Counted() : int
RESULT {"m_nCount", indVariable}
