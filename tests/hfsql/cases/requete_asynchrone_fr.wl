// HExécuteRequêteSQLAsynchrone ?1000026095 en français (noms des constantes INFERRED).
AjouteClient("Moore")
AjouteClient("Dupont")
REQ_WDRSQL est une Source de Données
Trace(HExécuteRequêteSQLAsynchrone(REQ_WDRSQL, hRequêteDéfaut, "SELECT * FROM CUSTOMER ORDER BY Name", ...
		MaProcédurePourChaqueEnregistrement, MaProcédureFinale))
// expect: Enregistrement Dupont
// expect: Enregistrement Moore
// expect: Fin : OK
// expect: 1
nVus est un entier
HExecuteRequeteSQLAsynchrone("REQ_STOP", "SELECT Name FROM CUSTOMER ORDER BY Name", ...
		ArrêtAuPremier, MaProcédureFinale)
// expect: Fin : annulée
Trace(nVus)                                    // expect: 1
Trace(heqaErreur <> heqaOK, heqaErreur <> heqaAnnulé)   // expect: 1, 1

PROCÉDURE INTERNE MaProcédurePourChaqueEnregistrement(enreg est un Enregistrement)
	Trace("Enregistrement " + enreg.Name)
FIN

PROCÉDURE INTERNE MaProcédureFinale(MonRes est un entier)
	SELON MonRes
		CAS heqaOK : Trace("Fin : OK")
		CAS heqaAnnulé : Trace("Fin : annulée")
		AUTRE CAS : Trace("Fin : erreur")
	FIN
FIN

PROCÉDURE INTERNE ArrêtAuPremier(enreg est un Enregistrement)
	nVus++
	RENVOYER Faux
FIN

PROCÉDURE AjouteClient(sNom)
HRAZ(Customer)
Customer.Name = sNom
Customer.City = "Paris"
HAjoute(Customer)
