// HEcrit (?3044092) : le buffer écrit sur l'enregistrement en cours, ou sur
// l'enregistrement n (ajouté quand il n'existe pas) ; HLieMémo, ancien nom de
// HAttacheMémo (décidé, docs/hfsql.md "HWrite, HLinkMemo, HRecordDate")
AjouteClient("Alice")
HRAZ(Customer)
Customer.Name = "Bruno"
Trace(HEcrit(Customer, HNbEnr(Customer) + 1), HNbEnr(Customer))   // expect: 1, 2
HLit(Customer, 1)
Customer.Name = "Aline"
Trace(HEcrit(Customer, hNumEnrEnCours, hEcritureDéfaut), HNbEnr(Customer))   // expect: 1, 2
POUR TOUT Customer SUR Name
	Trace(Customer.Name)          // expect: Aline
FIN                              // expect: Bruno
sFic est une chaîne = fFichierTemp()
fSauveTexte(sFic, "abc")
Trace(HLieMémo(Customer, Name, sFic))     // expect: 0
fSupprime(sFic)

PROCÉDURE AjouteClient(sNom)
HRAZ(Customer)
Customer.Name = sNom
HAjoute(Customer)
