// psdFormatting / psdMiseEnForme writes JSON (and XML) indented, one tab a level, lines
// ended by CR LF; psdMinified / psdMinifié, or no option, the compact form. Serialize
// takes it added to the format (`psdJSON + psdFormatting`, as public WINDEV code
// writes `Sérialise(st, s, psdJSON+psdMiseEnForme)`), JSONToString and VariantToJSON as
// their option; Deserialize reads either form. The constants were unknown (WL101, and
// the run took an empty variant). Layout and values UNVERIFIED (no stored page):
// docs/builtins.md "Serialization". French twin psd_mise_en_forme_fr.wl.
Settings is Structure
	sServer is string
	nPort is int
	arrTags is array of strings
END
st is Settings
st.sServer = "srv-01"
st.nPort = 8443
ArrayAdd(st.arrTags, "prod")
sJSON is string
Serialize(st, sJSON, psdJSON + psdFormatting)
Trace(Replace(Replace(sJSON, CR, "|"), TAB, "    ")) // expect: {|    "sServer": "srv-01",|    "nPort": 8443,|    "arrTags": [|        "prod"|    ]|}
Serialize(st, sJSON, psdJSON + psdMinified)
Trace(sJSON) // expect: {"sServer":"srv-01","nPort":8443,"arrTags":["prod"]}
st2 is Settings
Serialize(st, sJSON, psdJSON + psdFormatting)
Deserialize(st2, sJSON, psdJSON + psdFormatting)
Trace(st2.sServer, st2.nPort, st2.arrTags[1]) // expect: srv-01, 8443, prod
sXML is string
Serialize(st, sXML, psdXML + psdFormatting)
Trace(Replace(Replace(sXML, CR, "|"), TAB, "  ")) // expect: <Settings>|  <sServer>srv-01</sServer>|  <nPort>8443</nPort>|  <arrTags>|    <item>prod</item>|  </arrTags>|</Settings>
j is JSON = "{""a"":[1,2],""b"":{""c"":true}}"
Trace(Replace(JSONToString(j, psdFormatting), CR, "|")) // expect: {|	"a": [|		1,|		2|	],|	"b": {|		"c": true|	}|}
Trace(JSONToString(j, psdMinified), JSONToString(j)) // expect: {"a":[1,2],"b":{"c":true}}, {"a":[1,2],"b":{"c":true}}
v is Variant
v.total = 12.5
Trace(Replace(VariantToJSON(v, psdFormatting), CR, "|")) // expect: {|	"total": 12.5|}
