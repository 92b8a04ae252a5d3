// Un élément de Attache répond aux membres d'un emailAttache (Nom, Contenu, TypeContenu,
// IdentifiantContenu) tout en restant le nom du fichier (décidé : docs/email.md "Attachments")
sRep est une chaîne = CompleteRep(fRepTemp()) + "wl_golden_membres_attache_" + Hasard(1, 999999999)
fRepCrée(sRep)
fSauveTexte(sRep + "\bilan.txt", "chiffres du trimestre")
fSauveBuffer(sRep + "\logo.png", "PNGDATA")
m est un Email
m.Expéditeur = "anne@example.org"
Ajoute(m.Destinataire, "bob@example.org")
Trace(EmailChargeFichierAttaché(m, sRep + "\bilan.txt", "Bilan 2026.txt")) // expect: 1
Trace(m.Attache[1], m.Attache[1].Nom, m.Attache[1]..TypeContenu) // expect: Bilan 2026.txt, Bilan 2026.txt, text/plain
Trace(m.ATTACHE[1].contenu, m.Attache[1] + "!") // expect: chiffres du trimestre, Bilan 2026.txt!
Trace(EmailImporteHTML(m, "<p>Bonjour</p><img src='logo.png'>", sRep), m.Attache[2].TypeContenu) // expect: 1, image/png
Trace(Position(m.HTML, "cid:" + m.Attache[2].IdentifiantContenu) > 0, m.Attache[2].Contenu) // expect: 1, PNGDATA
POUR TOUT pj DE m.Attache
    Trace(pj.Nom, Taille(pj.Contenu))
FIN
// expect: Bilan 2026.txt, 21
// expect: logo.png, 7
Trace(EmailConstruitSource(m)) // expect: 1
r est un Email
r.Source = m.Source
Trace(EmailImporteSource(r), TableauOccurrence(r.Attache), r.Attache[1].Contenu) // expect: 1, 2, chiffres du trimestre
Trace(r.Attache[2].Nom, r.Attache[2]..TypeContenu, r.Attache[2].Contenu) // expect: logo.png, image/png, PNGDATA
fSupprime(sRep + "\bilan.txt")
fSupprime(sRep + "\logo.png")
fRepSupprime(sRep)
m.Attache[1].Nom = "autre.txt" // expect error: read only
