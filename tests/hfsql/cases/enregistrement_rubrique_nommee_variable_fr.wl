// La rubrique d'un Enregistrement nommée dans une variable : enr[sRub] lit et écrit la
// rubrique comme enr.Rubrique (docs/hfsql.md "A Record's item named in a variable" ;
// il s'arrêtait sur "A value of type Record cannot be indexed"). Le type de la rubrique
// s'applique, de l'une ou l'autre façon : "12.5" dans une rubrique monétaire vaut 12.5.
enr est un Enregistrement de Customer
tabRubriques est un tableau de chaînes = ["Name", "City", "Société", "Balance", "BirthDate"]
tabValeurs est un tableau de chaînes = ["Dupont", "Nantes", "Durand SA", "7.25", "2023-06-30"]
POUR i = 1 _A_ TableauOccurrence(tabRubriques)
	enr[tabRubriques[i]] = tabValeurs[i]
FIN
enr["Balance"] += 10
enr.Balance += 1
Trace(enr.Name, enr.City, enr.Société, enr.Balance, enr.BirthDate)
// expect: Dupont, Nantes, Durand SA, 18.25, 20230630
Trace(enr["birthdate"] + 1)                           // expect: 20230701
Trace(HAjoute(Customer, enr), HNbEnr(Customer))       // expect: 1, 1
// un enregistrement copié de son fichier, lu rubrique par rubrique
HLitRecherchePremier(Customer, Name, "Dupont")
e2 est un Enregistrement = Customer
sLigne est une chaîne
POUR TOUT sRub DE tabRubriques
	sLigne += [", "] + sRub + "=" + e2[sRub]
FIN
Trace(sLigne)           // expect: Name=Dupont, City=Nantes, Société=Durand SA, Balance=18.25, BirthDate=20230630
// réécrit par le fichier
e2["City"] = "Brest"
Customer = e2
Trace(HModifie(Customer))                             // expect: 1
HLitRecherchePremier(Customer, Name, "Dupont")
Trace(Customer.City, {"Customer." + "City"})          // expect: Brest, Brest
// un texte plus long que sa rubrique est coupé à sa taille, comme Fichier.Rubrique = v
enr["Name"] = Répète("x", 45)
Trace(Taille(enr.Name))                               // expect: 40
// un nombre ne nomme aucune rubrique
Trace(enr[2])
// expect error: A Record's item is named by a text (r["Name"], r[sItem]), not by a number.
