// Deserialize's text written first (web code: `Deserialize(sContent, MySettings,
// psdJSON)`): a variable declared a structure, an object or an array given as the text
// (parameter 2) is WL115 at the call, in the run's words, which name the order
// (?3013066: Deserialize(<variable>, <text>, <format>), as Serialize).
STRUCTURE STLine
	sCode is string
END
CLine is Class
	nQty is int
END
sContent is string = "{}"
bRaw is Buffer = sContent
stLine is STLine
oLine is CLine
tabLines is array of STLine
aaQty is associative array of int
Deserialize(sContent, stLine, psdJSON) // error: WL115:1 Deserialize: parameter 2 is the serialized text (a string or a Buffer), not a structure or an object; the variable to fill comes first and the text second, as in Serialize: write Deserialize(<variable>, <text>, <format>)
Deserialize(sContent, oLine, psdJSON) // error: WL115:1 Deserialize: parameter 2 is the serialized text (a string or a Buffer), not a structure or an object; the variable to fill comes first and the text second, as in Serialize: write Deserialize(<variable>, <text>, <format>)
Deserialize(bRaw, tabLines, psdJSON) // error: WL115:1 Deserialize: parameter 2 is the serialized text (a string or a Buffer), not an array; the variable to fill comes first and the text second, as in Serialize: write Deserialize(<variable>, <text>, <format>)
Deserialize(stLine, aaQty, psdJSON) // error: WL115:1 Deserialize: parameter 2 is the serialized text (a string or a Buffer), not an associative array
Deserialize(stLine, sContent, psdJSON)
Deserialize(oLine, bRaw, psdJSON)
Deserialize(tabLines, "[]", psdJSON)
