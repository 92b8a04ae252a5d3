// Page d'aide "Buffer (Type de variable)" (doc.pcsoft.fr ?1514042) : "Les variables de
// type Buffer sont encodées en base64 en JSON et en XML". Une structure avec un membre
// Buffer sérialisée dans les deux formats puis relue.
ST est une Structure
	Nom est une chaîne
	Données est un Buffer
FIN
s est un ST
s.Nom = "x"
s.Données = "ABC"
sJSON est une chaîne
Sérialise(s, sJSON, psdJSON)
Trace(sJSON)                            // expect: {"Nom":"x","Donn\u00E9es":"QUJD"}
sXML est une chaîne
Sérialise(s, sXML, psdXML)
Trace(sXML)                             // expect: <ST><Nom>x</Nom><Données>QUJD</Données></ST>
s2 est un ST
Désérialise(s2, sJSON, psdJSON)
Trace(s2.Données, s2.Nom)               // expect: ABC, x
// Le type Buffer ne gère pas de marqueur de fin : il stocke des 0 binaires
b est un Buffer = "A" + Caract(0) + "B"
Trace(Taille(b))                        // expect: 3
