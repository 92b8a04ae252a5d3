// (méthode b) Un journal des modifications écrit par une procédure appelée à la place de
// HModifie, comme l'écrit un développeur WINDEV sans trigger : les nouvelles valeurs
// gardées (HEnregistrementVersJSON, un Enregistrement de Customer), l'enregistrement
// relu tel qu'il est dans le fichier (HLit sur HNumEnr), chaque rubrique comparée par
// indirection {"Customer." + sRub}, une ligne par valeur changée, puis le tampon remis et
// HModifie ; rien de changé : pas d'écriture. Jumeau anglais : audit_by_procedure_en.wl.
gtabJournal est un tableau de chaînes
HRAZ(Customer)
Customer.Name = "Durand"
Customer.City = "Lyon"
Customer.Balance = 10
HAjoute(Customer)
HLitRecherchePremier(Customer, Name, "Durand")
Customer.City = "Nice"
Customer.Balance = 12.5
Trace(ModifieAvecJournal("jdupont"))                 // expect: 1
HLitRecherchePremier(Customer, Name, "Durand")
Trace(ModifieAvecJournal("jdupont"))                 // expect: 0
HLitRecherchePremier(Customer, Name, "Durand")
Customer.VIP = Vrai
Trace(ModifieAvecJournal("mmartin"))                 // expect: 1
Trace(TableauVersChaîne(gtabJournal, RC))
// expect: jdupont;City;Lyon;Nice
// expect: jdupont;Balance;10;12.5
// expect: mmartin;VIP;0;1
HLitRecherchePremier(Customer, Name, "Durand")
Trace(Customer.City, Customer.Balance, Customer.VIP)  // expect: Nice, 12.5, 1

PROCÉDURE ModifieAvecJournal(LOCAL sUtilisateur est une chaîne) : booléen
// les nouvelles valeurs, puis l'enregistrement tel qu'il est dans le fichier
jNouveau est un JSON = HEnregistrementVersJSON(Customer)
enrNouveau est un Enregistrement de Customer = Customer
SI PAS HLit(Customer, HNumEnr(Customer)) ALORS RENVOYER Faux
nChangements est un entier
POUR TOUTE CHAÎNE sRub DE HListeRubrique(Customer) SÉPARÉE PAR RC
	sAvant est une chaîne = {"Customer." + sRub}
	sAprès est une chaîne = jNouveau[sRub]
	SI sAvant <> sAprès ALORS
		TableauAjoute(gtabJournal, sUtilisateur + ";" + sRub + ";" + sAvant + ";" + sAprès)
		nChangements++
	FIN
FIN
Customer = enrNouveau
SI nChangements = 0 ALORS RENVOYER Faux
RENVOYER HModifie(Customer)
