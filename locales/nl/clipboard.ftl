## Het klembord nadat een sleutel via Rust is gekopieerd (ui/js/views/clipboard-status.js), en
## Instellingen → "Klembord wissen na" (ui/js/lib/lifecycle.js).

clipboard-copied = Gekopieerd
clipboard-copied-clearing = Gekopieerd. Het klembord wordt gewist…
# $seconds: seconden tot het klembord wordt gewist.
clipboard-copied-clears-in = Gekopieerd. Klembord wordt gewist over { $seconds } s
# $seconds: 10 of 60, of een waarde die Instellingen niet aanbieden (elders ingesteld).
clipboard-choice-seconds = { $seconds } s
# $seconds: de standaard, 30.
clipboard-choice-seconds-default = { $seconds } s (standaard)
# $minutes: 2.
clipboard-choice-minutes = { $minutes } min
clipboard-choice-never = Nooit
clipboard-cleared = Klembord gewist
# Eén keer uitgesproken, als er nog 10 seconden over zijn. $seconds: 10.
clipboard-spoken-clears-in = Klembord wordt gewist over { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } seconden
}
clipboard-spoken-clearing = Het klembord wordt gewist
# Uitgesproken direct na het kopiëren. $seconds: seconden tot het klembord wordt gewist.
clipboard-spoken-copied = Gekopieerd. Klembord wordt gewist over { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } seconden
}
