// EXTERNE nomme une variable déclarée ailleurs, que le code utilise par son nom : les
// procédures de COL_Journal (variable_externe_fr.files/) utilisent le tableau et le
// compteur de ce script
tabJournal est un tableau de chaînes
nAffichages est un entier
Note("ouvert")
Note("enregistré")
Trace(Affiché()) // expect: ouvert / enregistré
Trace(nAffichages) // expect: 1
