// Pages d'aide HLitDernier ?3044140, HLitPrécédent ?3044048, HPremier ?3044113,
// <Source>.Premier ?1000025048 et <Source>.Avance ?1000024195 en français : leurs
// exemples, une Trace à la place du traitement de l'enregistrement.
AjouteClient("Moore")
AjouteClient("Dupont")
AjouteClient("Adams")
HLitDernier(Customer, Name)
TANTQUE HEnDehors() = Faux
	// Traitement de l'enregistrement
	Trace(Customer.Name)
	HLitPrécédent(Customer, Name)
FIN
// expect: Moore
// expect: Dupont
// expect: Adams
HPremier(Customer, Name)
TANTQUE HEnDehors() = Faux
	HLit(Customer, HNumEnr(Customer))
	Trace(Customer.Name)
	HSuivant(Customer, Name)
FIN
// expect: Adams
// expect: Dupont
// expect: Moore
Customer.Premier(Name)
TANTQUE Customer.EnDehors() = Faux
	Customer.Lit(Customer.NumEnr())
	Trace(Customer.Name)
	Customer.Suivant(Name)
FIN
// expect: Adams
// expect: Dupont
// expect: Moore
Customer.LitPremier(Name)
Customer.Avance(Name, 1)
Trace(Customer.Name)                                // expect: Dupont
Customer.LitPremier(Name)
SI Customer.Avance(Name, 1999, hBlocageEcriture) = Faux ALORS
	SI HErreurBlocage() = Vrai ALORS
		Info("Cet enregistrement est en cours d'utilisation")
	SINON
		Trace(HEnDehors(Customer))                  // expect: 1
	FIN
FIN

PROCÉDURE AjouteClient(sNom)
HRAZ(Customer)
Customer.Name = sNom
Customer.City = "Paris"
HAjoute(Customer)
