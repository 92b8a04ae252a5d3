// Changer une propriété qu'une Durée n'a pas (`du..Année = 2`) nomme la Durée et liste
// ses propriétés ; l'erreur disait seulement « The property 'Année' cannot be set on this
// value ». EnSecondes, EnMinutes... d'un membre ou d'un élément se changent comme ceux
// d'une variable. (docs/semantics.md, "Setting a property a Duration lacks")
du est une Durée = 3 min 30 s
du..Minute = 5
Trace(du)   // expect: 5 min 30 s
ST est une Structure
	Pause est une Durée
FIN
st est un ST
st.Pause..EnSecondes = 90   // (EnSecondes d'un membre était refusé : « no member »)
Trace(st.Pause)   // expect: 1 min 30 s
QUAND EXCEPTION DANS
	st.Pause..Semaine = 1
FAIRE
	Trace(ExceptionInfo())   // expect: A Duration has no property 'Semaine' to set: its parts are Day, Hour, Minute, Second and Millisecond, and InDays, InHours, InMinutes, InSeconds and InMilliseconds give it in one unit (in French Jour, Heure, Minute, Seconde, Milliseconde, EnJours, EnHeures...).
FIN
du..Année = 2   // expect error: A Duration has no property 'Année' to set: its parts are Day, Hour, Minute, Second and Millisecond, and InDays, InHours, InMinutes, InSeconds and InMilliseconds give it in one unit (in French Jour, Heure, Minute, Seconde, Milliseconde, EnJours, EnHeures...).
