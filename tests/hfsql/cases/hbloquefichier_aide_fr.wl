// HBloqueFichier ?3044153 (page anglaise ; son exemple traduit par nous) : Vrai quand
// le blocage est fait ; HDébloqueFichier() sans paramètre débloque le dernier fichier
// de données utilisé
// Blocage du fichier CUSTOMER
SI HBloqueFichier(CUSTOMER, hBlocageLectureEcriture) = Faux ALORS
SI HErreurBlocage() = Vrai ALORS
Erreur("Opération impossible")
FIN
FIN
// Traitement sur le fichier ...
// Rétablit l'accès au fichier
HDébloqueFichier()
Trace(HBloqueFichier(CUSTOMER, hBlocageLectureEcriture), HErreurBlocage())   // expect: 1, 0
Trace(HBloqueFichier(Customer), HBloqueFichier(Customer, hBlocageNon))       // expect: 1, 1
Trace(HDébloqueFichier(), HDebloqueFichier(Customer))                        // expect: 1, 1
