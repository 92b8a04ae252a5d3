// Help page Deserialize (?3013066): its example as written (the same as Serialize's,
// ?3013065), a Trace of the rebuilt array, then every format its <Parameters> table
// lists: psdBinaryFormat16 and psdXMLAggregated were unknown (empty variants, so
// nothing was serialized and the array came back empty); they are read as psdBinary and
// psdXML (INFERRED: wlinterp's binary form is its own, its XML always nests sub-objects).
// This example explains how to use the Serialize/Deserialize functions
// with an Array variable. 
// These functions can use all types of WLanguage variables.

MyArray is array of strings
bufResult is Buffer

// Adds elements into the array
Add(MyArray, "WINDEV")
Add(MyArray, "WEBDEV")
Add(MyArray, "WINDEV MOBILE")

// Serialize the array in the buffer in JSON
// => Save the array and its entire content in a JSON string
Serialize(MyArray, bufResult, psdJSON)

// Deserialize the JSON buffer
// => Rebuild the WLanguage array from the JSON string
MyRebuiltArray is array of strings
Deserialize(MyRebuiltArray, bufResult, psdJSON)
Trace(MyRebuiltArray.Count, MyRebuiltArray[1], MyRebuiltArray[2], MyRebuiltArray[3]) // expect: 3, WINDEV, WEBDEV, WINDEV MOBILE
// the formats of the <Parameters> table, each read back by the same constant
nFormat is int
FOR EACH nFormat OF [psdBinary, psdBinaryFormat16, psdJSON, psdXML, psdXMLAggregated]
	bufEach is Buffer
	Serialize(MyArray, bufEach, nFormat)
	arrBack is array of strings
	Deserialize(arrBack, bufEach, nFormat)
	Trace(arrBack.Count, arrBack[3], ErrorOccurred) // expect: 3, WINDEV MOBILE, 0
	// expect: 3, WINDEV MOBILE, 0
	// expect: 3, WINDEV MOBILE, 0
	// expect: 3, WINDEV MOBILE, 0
	// expect: 3, WINDEV MOBILE, 0
END
// an aggregated XML is XML
Serialize(MyArray, bufResult, psdXMLAggregated)
Trace(Left(bufResult, 10)) // expect: <Document>
