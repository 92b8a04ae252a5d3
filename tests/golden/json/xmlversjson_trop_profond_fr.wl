// XMLVersJSON sur un document imbriqué plus profond que la conversion ne va (4 000
// niveaux), et JSONVersXML sur un texte JSON aussi profond ou qui n'est pas du JSON :
// l'appel échoue (ErreurDétectée, ErreurInfo dit pourquoi, un résultat vide), comme
// ChaîneVersJSON échoue sur un tel texte (décidé, INFERRED). XMLVersJSON arrêtait
// l'exécution (« Stack overflow »), JSONVersXML aussi. Jumeau anglais
// xmltojson_too_deep_en.wl. Le message dit la profondeur et la limite de 1 000 niveaux
// (runtime/json_depth.py) ; il disait « nested too deeply ».
sProfond est une chaîne = Répète("<a>", 4000) + "x" + Répète("</a>", 4000)
jRésultat est un JSON = XMLVersJSON(sProfond)
Trace(ErreurDétectée, ErreurInfo(errMessage)) // expect: 1, XMLVersJSON: The document is nested 4,000 levels deep; JSON and XML are converted to 1,000 levels at most.
sJSONProfond est une chaîne = Répète("{""a"":", 4000) + "1" + Répète("}", 4000)
xDoc est un xmlDocument = JSONVersXML(sJSONProfond)
Trace(ErreurDétectée, ErreurInfo(errMessage)) // expect: 1, JSONVersXML: The JSON is nested 4,000 levels deep; JSON and XML are converted to 1,000 levels at most.
xDoc = JSONVersXML("{""a"": ")
Trace(ErreurDétectée) // expect: 1
// 500 niveaux se convertissent dans les deux sens
sCorrect est une chaîne = Répète("<a>", 500) + "x" + Répète("</a>", 500)
jRésultat = XMLVersJSON(sCorrect)
Trace(ErreurDétectée, Taille(JSONVersChaîne(jRésultat))) // expect: 0, 2997
xDoc = JSONVersXML(JSONVersChaîne(jRésultat))
Trace(ErreurDétectée, Taille(XMLConstruitChaîne(xDoc)) > 3500) // expect: 0, 1
