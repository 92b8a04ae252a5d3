// Email.Priorité (emailPrioritéHaute, emailPrioritéBasse : noms français INFERRED) relue par
// EmailImporteSource
m est un Email
m.Expéditeur = "anne@example.org"
Ajoute(m.Destinataire, "bob@example.org")
m.Priorité = emailPrioritéHaute
EmailConstruitSource(m)
r est un Email
r.Source = m.Source
EmailImporteSource(r)
Trace(r.Priorité = emailPrioritéHaute, Position(m.Source, "Importance: High") > 0) // expect: 1, 1
