// RTFVersTexte : le texte d'un document RTF sans sa mise en forme.
Trace(RTFVersTexte("{\rtf1\ansi{\fonttbl{\f0 Arial;}}\f0 Bonjour \b Jean\b0\par Merci\par}")) // expect: Bonjour Jean
// expect: Merci
Trace(rtfverstexte("texte simple")) // expect: texte simple
