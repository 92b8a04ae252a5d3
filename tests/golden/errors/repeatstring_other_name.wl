// RepeatString is not a WLanguage function: Repeat is (wlinterp/semantics/other_names.py)
Trace(Repeat("ab", 3)) // expect: ababab
Trace(RepeatString("ab", 3)) // expect error: Unknown procedure or function 'RepeatString'; WLanguage repeats a string with Repeat
