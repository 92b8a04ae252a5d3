// Deserialize(<variable>, <text>, <format>) (?3013066), in Serialize's order. Web code
// writes the text first (`Deserialize(sContent, MySettings, psdJSON)`, an API client's
// settings loaded from a file): WINDEV's page has no such form, so wlinterp refuses it
// in words naming the order instead of "a value of type ... cannot be converted to a
// string". A text first and an empty Variant second is the same slip: ErrorOccurred,
// with the same words.
STRUCTURE STSettings
	sBaseURL is string
	nTimeout is int
END
sContent is string = "{""sBaseURL"":""https://api.example.test"",""nTimeout"":30}"
stSettings is STSettings
Deserialize(stSettings, sContent, psdJSON)
Trace(stSettings.sBaseURL, stSettings.nTimeout) // expect: https://api.example.test, 30
vAnswer is Variant
Deserialize(sContent, vAnswer, psdJSON)
Trace(ErrorOccurred) // expect: 1
Trace(ErrorInfo()) // expect: Deserialize: the serialized text (parameter 2) is empty and parameter 1 holds a text: the variable to fill comes first and the text second, as in Serialize: write Deserialize(<variable>, <text>, <format>).
Deserialize(vAnswer, sContent, psdJSON)
Trace(vAnswer.nTimeout) // expect: 30
stOther is STSettings
Deserialize(sContent, stOther, psdJSON) // expect error: Deserialize: parameter 2 is the serialized text (a string or a Buffer), not a structure or an object; the variable to fill comes first and the text second, as in Serialize: write Deserialize(<variable>, <text>, <format>).
