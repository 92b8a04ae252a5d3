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
// Email.AccuséRéception : un accusé de réception, distinct de la confirmation de lecture
// (DispositionNotification) : VERIFIED, la page française de ?3032029 ; l'en-tête
// Return-Receipt-To, celui qu'écrit Outlook, INFERRED (docs/builtins.md)
m.AccuséRéception = Vrai
EmailConstruitSource(m)
Trace(Position(m.Source, "Return-Receipt-To: anne@example.org") > 0) // expect: 1
Trace(Position(m.Source, "Disposition-Notification-To") > 0) // expect: 0
r.Source = m.Source
EmailImporteSource(r)
Trace(r.AccuseReception, r.DispositionNotification) // expect: 1, 0
m.AccuséRéception = Faux
m.DispositionNotification = Vrai
EmailConstruitSource(m)
r.Source = m.Source
EmailImporteSource(r)
Trace(r.AccuséRéception, r.DispositionNotification) // expect: 0, 1
Email.AccuséRéception = Vrai
Trace(Email.AccuséRéception, Email.DispositionNotification) // expect: 1, 0
EmailRAZ()
Trace(Email.AccuséRéception) // expect: 0
