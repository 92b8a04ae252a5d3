// POUR TOUT ... TRIÉ PAR avec le nom nu d'un membre de la structure (ou classe) du
// tableau trie selon ce membre de chaque élément, comme TableauTrie nomme les membres
// (?1000024318 ; INFERRED, docs/semantics.md "SORTED BY a bare member"). C'était WL101
// dans wl check et la boucle tournait sans tri après un avertissement.
STRUCTURE Personne
    sNom est une chaîne
    nÂge est un entier
FIN
tabPersonnes est un tableau de Personne
p est une Personne
p.sNom = "Ann"; p.nÂge = 40; TableauAjoute(tabPersonnes, p)
p.sNom = "Bob"; p.nÂge = 20; TableauAjoute(tabPersonnes, p)
p.sNom = "Cy"; p.nÂge = 40; TableauAjoute(tabPersonnes, p)
POUR TOUT x DE tabPersonnes TRIÉ PAR nÂge
    Trace(x.sNom, x.nÂge)
FIN
// expect: Bob, 20
// expect: Ann, 40
// expect: Cy, 40
POUR TOUT x DE tabPersonnes TRIÉ PAR -nAge, -snom
    Trace(x.sNom)
FIN
// expect: Cy
// expect: Ann
// expect: Bob
// un membre tableau de l'objet courant, nommé nu dans une méthode
CÉquipe est une Classe
    m_tabPersonnes est un tableau de Personne
FIN
oÉquipe est un CÉquipe
oÉquipe.m_tabPersonnes = tabPersonnes
oÉquipe.PlusJeune()
// expect: Bob
PROCÉDURE CÉquipe::PlusJeune()
POUR TOUT x DE m_tabPersonnes TRIÉ PAR nÂge
    Trace(x.sNom)
    SORTIR
FIN
