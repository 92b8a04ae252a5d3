// Des valeurs de types de la bibliothèque tenues par des membres de classe et des
// éléments de tableau : `=` range une copie, `<-` fait désigner la même valeur (décidé :
// docs/semantics.md "Assigning a value of a library type")
CClient est une Classe
    Requête est un httpRequête
    Message est un Email
END
r est un httpRequête
r.URL = "https://a.example.org"
c est un CClient
c.Requête = r
c.Requête.URL = "https://b.example.org"
Trace(r.URL, c.Requête.URL) // expect: https://a.example.org, https://b.example.org
m est un Email
m.Sujet = "un"
tabM est un tableau de 2 Email
tabM[1] = m
tabM[1].Sujet = "deux"
Trace(m.Sujet, tabM[1].Sujet) // expect: un, deux
c.Message <- m
c.Message.Sujet = "trois"
Trace(m.Sujet) // expect: trois
tabM[2] <- m
tabM[2].Sujet = "quatre"
Trace(m.Sujet, tabM[1].Sujet) // expect: quatre, deux
