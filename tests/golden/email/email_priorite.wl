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
// Email.AccuséRéception : le nom français de DispositionNotification (INFERRED, ?3032029,
// docs/builtins.md), sur la variable et sur la structure Email, avec ou sans accents
m.AccuséRéception = Vrai
EmailConstruitSource(m)
Trace(Position(m.Source, "Disposition-Notification-To: anne@example.org") > 0) // expect: 1
r.Source = m.Source
EmailImporteSource(r)
Trace(r.AccuseReception, r.DispositionNotification) // expect: 1, 1
Email.AccuséRéception = Vrai
Trace(Email.DispositionNotification) // expect: 1
