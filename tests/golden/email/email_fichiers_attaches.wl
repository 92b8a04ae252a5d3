// EmailChargeFichierAttaché, EmailSauveFichierAttaché, EmailImporteHTML (formes INFERRED,
// docs/builtins.md "Email: sources and reading")
sRep est une chaîne = CompleteRep(fRepTemp()) + "wl_golden_attache_" + Hasard(1, 999999999)
fRepCrée(sRep)
fSauveTexte(sRep + "\bilan.txt", "chiffres du trimestre")
fSauveBuffer(sRep + "\logo.png", "PNGDATA")
m est un Email
m.Expéditeur = "anne@example.org"
Ajoute(m.Destinataire, "bob@example.org")
Trace(EmailChargeFichierAttache(m, sRep + "\bilan.txt", "Bilan 2026.txt"), m.Attache[1]) // expect: 1, Bilan 2026.txt
Trace(EMAILIMPORTEHTML(m, "<p>Bonjour <i>Bob</i></p><img src='logo.png'>", sRep), m.Attache[2]) // expect: 1, logo.png
Trace(m.Message, Position(m.HTML, "cid:") > 0) // expect: Bonjour Bob, 1
Trace(EmailConstruitSource(m)) // expect: 1
r est un Email
r.Source = m.Source
Trace(EmailImporteSource(r), TableauOccurrence(r.Attache), r.Attache[1]) // expect: 1, 2, Bilan 2026.txt
Trace(EmailSauveFichierAttaché(r, "Bilan 2026.txt", sRep + "\copie.txt"), fChargeTexte(sRep + "\copie.txt")) // expect: 1, chiffres du trimestre
Trace(EmailSauveFichierAttaché(r, "rien.txt", sRep + "\x.txt"), ErreurDétectée) // expect: 0, 1
// un fichier déjà là n'est jamais écrasé par une autre pièce jointe (docs/email.md "Saving attachments")
Trace(EmailSauveFichierAttaché(r, "Bilan 2026.txt", sRep + "\copie.txt")) // expect: 1
Trace(EmailSauveFichierAttaché(r, "logo.png", sRep + "\copie.txt"), ErreurDétectée, Position(ErreurInfo(errMessage), "already exists and holds another file: it is not overwritten") > 0) // expect: 0, 1, 1
Trace(fChargeTexte(sRep + "\copie.txt")) // expect: chiffres du trimestre
Trace(EmailImporteHTML(m, "<img src=""absent.png"">", sRep), ErreurDétectée) // expect: 0, 1
// tout ou rien : graphique.png n'est pas rattaché quand absent.png manque, le HTML reste le même
fSauveBuffer(sRep + "\graphique.png", "GRAPHE")
sAvant est une chaîne = m.HTML
Trace(EmailImporteHTML(m, "<img src='graphique.png'><img src='absent.png'>", sRep), ErreurDétectée) // expect: 0, 1
Trace(TableauOccurrence(m.Attache), m.HTML = sAvant) // expect: 2, 1
fSupprime(sRep + "\graphique.png")
fSupprime(sRep + "\bilan.txt")
fSupprime(sRep + "\logo.png")
fSupprime(sRep + "\copie.txt")
fRepSupprime(sRep)
