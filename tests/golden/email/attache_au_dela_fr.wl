// Un élément de Attache sans fichier attaché se lit "", et ses membres d'emailAttache
// s'arrêtent en le disant (docs/email.md ; c'était "A string has no property 'Nom'")
m est un Email
m.Attache[1] = "rapport.txt"
Trace(TableauOccurrence(m.Attache), m.Attache[3] = "", Taille(m.Attache[2]))   // expect: 1, 1, 0
Trace(m.Attache[1].Nom)                                                       // expect: rapport.txt
QUAND EXCEPTION DANS
    Trace(m.Attache[3].Nom)
FAIRE
    Trace(ExceptionInfo())   // expect: Attach[3] holds no attachment (the message has 1 element(s) in Attach): it has no 'Nom'.
FIN
m.Attache[2].TypeContenu = "text/plain"   // expect error: Attach[2] holds no attachment (the message has 1 element(s) in Attach): it has no 'TypeContenu'.
