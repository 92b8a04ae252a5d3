// Rubriques tableau montrées une fois (docs/hfsql.md "Array items, shown") : exports et
// imports, HEnregistrementVersJSON/XML, une requête SELECT *, HFiltre et ..Dimension ;
// les colonnes cachées des éléments 2 et 3 n'apparaissent jamais.
Contact.Name = "Anne"
Contact.Phone[1] = "111"
Contact.Phone[2] = "222"
Contact.Phone[3] = "333"
Trace(HAjoute(Contact)) // expect: 1
Contact.Name = "Bruno"
Contact.Phone[1] = "444"
Contact.Phone[2] = "555"
Contact.Phone[3] = "666"
Trace(HAjoute(Contact)) // expect: 1
Trace(Contact.Phone..Dimension, Contact.Name..Dimension) // expect: 3, 1
sBase est une chaîne = fRepTemp() + ["/"] + "wl_rubriques_tableau_" + DonneUUID()
// JSON : la valeur de la rubrique est le tableau de ses éléments
Trace(HExporteJSON(Contact, sBase + ".json")) // expect: 1
v est un JSON = fChargeTexte(sBase + ".json")
Trace(v[1].Name, v[1].Phone[2], v[2].Phone..Occurrence) // expect: Anne, 222, 3
// CSV : une colonne par élément, Phone[1], Phone[2]...
Trace(HExporteCSV(Contact, sBase + ".csv", "Name,Phone")) // expect: 1
Trace(Remplace(fChargeTexte(sBase + ".csv"), RC, "|")) // expect: Name;Phone[1];Phone[2];Phone[3]|Anne;111;222;333|Bruno;444;555;666|
// XML : l'élément de la rubrique répété pour chaque élément
Trace(HExporteXML(Contact, sBase + ".xml", "Name,Phone")) // expect: 1
Trace(Position(fChargeTexte(sBase + ".xml"), "<Phone>444</Phone><Phone>555</Phone><Phone>666</Phone>") > 0) // expect: 1
// les exports se réimportent entiers
HSupprimeTout(Contact)
Trace(HImporteXML(Contact, sBase + ".xml"), HNbEnr(Contact)) // expect: 1, 2
HLitRecherchePremier(Contact, Name, "Bruno")
Trace(Contact.Phone[1], Contact.Phone[2], Contact.Phone[3]) // expect: 444, 555, 666
HSupprimeTout(Contact)
Trace(HImporteJSON(Contact, sBase + ".json"), HNbEnr(Contact)) // expect: 1, 2
HSupprimeTout(Contact)
Trace(HImporteTexte(Contact, sBase + ".csv", "Name,Phone", ";", hImpIgnorePremièreLigne), HNbEnr(Contact)) // expect: 1, 2
HLitRecherchePremier(Contact, Name, "Anne")
Trace(HEnregistrementVersJSON(Contact, "Phone")) // expect: {"Phone": ["111", "222", "333"]}
Trace(HEnregistrementVersXML(Contact, "Name,Phone")) // expect: <Contact><Name>Anne</Name><Phone>111</Phone><Phone>222</Phone><Phone>333</Phone></Contact>
// SELECT * : la rubrique une fois ; ses éléments par indice
REQ est une Source de Données
Trace(HExécuteRequêteSQL(REQ, "SELECT * FROM Contact ORDER BY Name DESC")) // expect: 1
Trace(Minuscule(Remplace(HListeRubrique(REQ), RC, ","))) // expect: contactid,name,phone,score
HLitPremier(REQ)
Trace(REQ.Phone, REQ.Phone[3], REQ.Phone..Dimension) // expect: 444, 666, 3
// un élément nommé dans le texte SQL
HExécuteRequêteSQL(REQ, "SELECT Name FROM Contact WHERE Phone [1] = '111' OR Phone[3] = '666' ORDER BY Name")
Trace(HNbEnr(REQ)) // expect: 2
// HFiltre sur un élément : bornes, ou condition
Trace(HFiltre(Contact, "Phone[3]", "6", "7")) // expect: Phone[3]
POUR TOUT Contact
	Trace(Contact.Name) // expect: Bruno
FIN
HDésactiveFiltre(Contact)
HFiltre(Contact, "Phone[2] = '222' ET Name = 'Anne'")
POUR TOUT Contact
	Trace(Contact.Name) // expect: Anne
FIN
HDésactiveFiltre(Contact)
Trace(HLitRecherche(Contact, "Phone[1]", "444"), Contact.Name) // expect: 1, Bruno
// FichierVersTableau : un membre tableau reçoit les éléments
STContact est une Structure
	Name est une chaîne
	Phone est un tableau de chaînes
FIN
tabContacts est un tableau de STContact
Trace(FichierVersTableau(tabContacts, Contact)) // expect: 1
Trace(tabContacts[1].Phone[2], tabContacts[2].Phone..Occurrence) // expect: 222, 3
fSupprime(sBase + ".json")
fSupprime(sBase + ".csv")
fSupprime(sBase + ".xml")
