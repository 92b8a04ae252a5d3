// HTransactionInterrompue ?3044026, son exemple tel quel : aucune transaction n'est
// interrompue ici (la base a déjà annulé celle d'un plantage) ; H.TrsIdInterne vaut
// alors -1, comme le dit la page (H.TrsIdInterne était inconnu).
SI HTransactionInterrompue("") = Vrai ALORS
	HTransactionAnnule()
FIN
Trace(HTransactionInterrompue(""), H.TrsIdInterne)                // expect: 0, -1
Trace(HTransactionInterrompue(Customer), H.TrsNomApplication = "") // expect: 0, 1
