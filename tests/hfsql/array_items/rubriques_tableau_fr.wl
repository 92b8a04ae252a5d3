// Rubriques tableau (docs/hfsql.md "Array items") : Contact.Phone a 3 éléments.
Contact.Name = "Anne"
Contact.Phone[1] = "111"
Contact.Phone[2] = "222"
Contact.Phone[3] = "333"
Trace(HAjoute(Contact)) // expect: 1
HRAZ(Contact)
Trace(HLitRecherchePremier(Contact, Name, "Anne")) // expect: 1
Trace(Contact.Phone[2]) // expect: 222
Contact.Phone[3] = "999"
Trace(HModifie(Contact)) // expect: 1
HRAZ(Contact)
HLitPremier(Contact)
Trace(Contact.Phone + "/" + Contact.Phone[3]) // expect: 111/999
Trace(HLitRecherchePremier(Contact, "Phone[3]", "999"), HTrouve(Contact)) // expect: 1, 1
Trace(Remplace(HListeRubrique(Contact), RC, ",")) // expect: ContactID,Name,Phone,Score
Trace(HRécupèreRubrique(Contact, 3, 3)) // expect: 999
Trace(Remplace(ExtraitChaîne(HListeRubrique(Contact, hLstDétail), 4, RC), TAB, "|")) // expect: Score|2060|5|4|1|Score (0-10) per visit
t est une chaîne
POUR TOUT Contact
	POUR i = 1 _À_ 3
		t += Contact.Phone[i]
	FIN
FIN
Trace(t) // expect: 111222999
e est un Enregistrement de Contact
HLitPremier(Contact)
e = Contact
Trace(e.Phone[3]) // expect: 999
e.Phone[1] = "000"
Trace(e.Phone[1] + e.Phone[2]) // expect: 000222
Trace(e.Phone[4]) // expect error: Phone[4]: the array item Phone of the record has 3 elements (1 to 3).
