// psdMiseEnForme écrit le JSON (et le XML) indenté, une tabulation par niveau, lignes
// terminées par CR LF ; psdMinifié, ou pas d'option, la forme compacte. Sérialise la
// prend ajoutée au format (`psdJSON+psdMiseEnForme`, comme l'écrit du code WINDEV
// public), JSONVersChaîne et VariantVersJSON en option ; Désérialise lit les deux formes.
// Jumeau anglais psd_formatting_en.wl.
Réglages est une Structure
	sServeur est une chaîne
	nPort est un entier
	tabEtiquettes est un tableau de chaînes
FIN
st est un Réglages
st.sServeur = "srv-01"
st.nPort = 8443
TableauAjoute(st.tabEtiquettes, "prod")
sJSON est une chaîne
Sérialise(st, sJSON, psdJSON+psdMiseEnForme)
Trace(Remplace(Remplace(sJSON, RC, "|"), TAB, "    ")) // expect: {|    "sServeur": "srv-01",|    "nPort": 8443,|    "tabEtiquettes": [|        "prod"|    ]|}
Sérialise(st, sJSON, psdJSON+psdMinifié)
Trace(sJSON) // expect: {"sServeur":"srv-01","nPort":8443,"tabEtiquettes":["prod"]}
st2 est un Réglages
Sérialise(st, sJSON, psdJSON+psdMiseEnForme)
Désérialise(st2, sJSON, psdJSON+psdMiseEnForme)
Trace(st2.sServeur, st2.nPort, st2.tabEtiquettes[1]) // expect: srv-01, 8443, prod
sXML est une chaîne
Sérialise(st, sXML, psdXML+psdMiseEnForme)
Trace(Remplace(Remplace(sXML, RC, "|"), TAB, "  ")) // expect: <Réglages>|  <sServeur>srv-01</sServeur>|  <nPort>8443</nPort>|  <tabEtiquettes>|    <item>prod</item>|  </tabEtiquettes>|</Réglages>
j est un JSON = "{""a"":[1,2],""b"":{""c"":true}}"
Trace(Remplace(JSONVersChaîne(j, psdMiseEnForme), RC, "|")) // expect: {|	"a": [|		1,|		2|	],|	"b": {|		"c": true|	}|}
Trace(JSONVersChaîne(j, psdMinifié), JSONVersChaîne(j)) // expect: {"a":[1,2],"b":{"c":true}}, {"a":[1,2],"b":{"c":true}}
v est un Variant
v.total = 12.5
Trace(Remplace(VariantVersJSON(v, psdMiseEnForme), RC, "|")) // expect: {|	"total": 12.5|}
