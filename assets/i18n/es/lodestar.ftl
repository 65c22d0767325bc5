# Los textos de Lodestar en español. La referencia es el archivo en inglés
# (assets/i18n/en/lodestar.ftl): los mismos mensajes, en el mismo orden.
# Un mensaje es `id = texto`; `{ $nombre }` lo rellena el programa, y
# `{ $n -> [one] … *[other] … }` elige según las reglas de plural del idioma
# (en español: one, many —millones exactos: “1000000 de acciones”— y other).
# Términos, tratamiento y estilo: GLOSSARY.md, en esta misma carpeta.

## El idioma, tal como lo escriben sus hablantes (para el menú de idiomas).
language-name = Español

## Fechas y números: $year, $month y $day llegan como cifras ("2026", "03",
## "07"); se escriben en el orden habitual del idioma.
date = { $day }/{ $month }/{ $year }
decimal-mark = ,
date-hint = AAAA-MM-DD

## Los siete pasos.
tab-have = 1  Tengo
tab-want = 2  Quiero
tab-compare = 3  Comparar
tab-rate = 4  Evaluar
tab-progress = 5  Progreso
tab-sessions = 6  Sesiones
tab-plan = 7  Plan

## La barra del perfil.
bar-all-profiles = Todos los perfiles
bar-all-profiles-hint = Volver a todos los perfiles
bar-export = Exportar…
bar-export-hint = Guardar este perfil como archivo, o sus evaluaciones para una hoja de cálculo
bar-export-profile = Archivo de perfil…
bar-export-profile-hint = Guardar este perfil como archivo para conservarlo o compartirlo
bar-export-sheet = Para hoja de cálculo…
bar-export-sheet-hint = Las evaluaciones a lo largo del tiempo, las acciones y el plan, en .xlsx o CSV
bar-send = Enviar…
bar-send-hint = Enviar este perfil al otro equipo en un solo archivo
bar-send-technician = Al técnico…
bar-send-technician-hint = Un archivo para enviar; tus notas privadas se quedan aquí
bar-send-coach = Al coach…
bar-send-coach-hint = Un archivo para enviar a tu coach
bar-undo = Deshacer
bar-redo = Rehacer
bar-add-evidence = Añadir evidencia…
bar-add-evidence-hint = Registrar algo del trabajo que muestra una habilidad (Ctrl+E)

## La línea de estado.
status-changed-elsewhere = Cambiado en otro lugar:
status-keep-mine = Conservar la mía
status-load-theirs = Cargar la otra
status-to-settle =
    { $n ->
        [one] 1 cambio por resolver, hecho en los dos equipos
        [many] { $n } de cambios por resolver, hechos en los dos equipos
       *[other] { $n } cambios por resolver, hechos en los dos equipos
    }
status-settle = Resolver…
status-read-only = Solo lectura: { $reason }.
status-undo-delete = Deshacer el borrado
status-about = Acerca de
status-about-hint = La versión y dónde se guardan tus datos
status-theme-dark = Oscuro
status-theme-dark-hint = Tema oscuro
status-theme-light = Claro
status-theme-light-hint = Tema claro
status-theme-system = Sistema
status-theme-system-hint = Seguir el tema del sistema
status-zoom-hint = Zoom: Ctrl + y Ctrl −
status-language-hint = El idioma de las pantallas de Lodestar, del plan impreso y de las listas integradas

## Progreso: feedback de los compañeros.
feedback-heading = Feedback de los compañeros
feedback-intro = Los compañeros ven cosas que un coach nunca ve. Pídeles su opinión con un formulario: una página web para enviar por correo, que cualquier navegador abre sin internet. Cada compañero guarda un pequeño archivo de respuesta y te lo devuelve; cárgalos con Cargar respuestas… o arrastrándolos a esta ventana. Su visión se suma al gráfico cuando hayan respondido { $min }, como una media que solo cambia por grupos completos de { $min }, para que ninguna respuesta se pueda identificar.
feedback-ask = Pedir feedback a los compañeros…
feedback-ask-hint = Empieza una ronda nueva y guarda su formulario, listo para adjuntar a un correo.
feedback-take-in = Cargar respuestas…
feedback-take-in-hint = El archivo de respuesta de un compañero, guardado desde el formulario.
feedback-round = Ronda del { $date }
feedback-round-shown =
    { $n ->
        [one] 1 respuesta: en el gráfico y en la tabla.
        [many] { $n } de respuestas: en el gráfico y en la tabla.
       *[other] { $n } respuestas: en el gráfico y en la tabla.
    }
feedback-round-partly = { $n } respuestas: { $pooled } en el gráfico y en la tabla; el resto se sumará cuando haya { $more } más.
feedback-round-waiting =
    { $n ->
        [one] 1 respuesta por ahora; se verá cuando haya { $more } más.
        [many] { $n } de respuestas por ahora; se verán cuando haya { $more } más.
       *[other] { $n } respuestas por ahora; se verán cuando haya { $more } más.
    }
feedback-form-again = Guardar de nuevo su formulario…
feedback-form-again-hint = El formulario de la misma ronda, para un compañero más.
feedback-one-by-one = Respuestas una a una ({ $n }), solo para el coach
feedback-received = recibida el { $date }
feedback-leave-out = Excluir
feedback-leave-out-hint = Saca esta respuesta de la vista conjunta (Ctrl+Z la recupera).
feedback-not-seen = no lo ha visto
feedback-no-level = sin nivel
feedback-table-title = Compañeros (en conjunto)
feedback-column-raters = Evaluadores
feedback-mean-hint = La media de los niveles de { $n } compañeros en la última ronda: { $mean } de { $top }.
feedback-too-few-hint = Menos de { $min } compañeros evaluaron esta habilidad en la última ronda, así que no se muestra.
feedback-flags-heading = Vale la pena hablarlo: tu visión y la de tus compañeros no coinciden
feedback-flag-line = • { $skill }: tú { $own } ({ $own_date }), compañeros { $mean } ({ $n } personas, ronda del { $round })

## Tablas de cambios (Progreso).
changes-column-skill = Habilidad
changes-column-first = Primera
changes-column-previous = Anterior
changes-column-latest = Última
changes-column-target = Objetivo
changes-column-change = Cambio
changes-trend-up = sube
changes-trend-down = baja
changes-trend-same = igual
changes-heading = Cómo han cambiado las evaluaciones
changes-self = Autoevaluaciones
changes-coach = Evaluaciones del coach
changes-none = Todavía no hay evaluaciones.
changes-not-applicable = n/a
changes-now-at = Ahora: { $level }
changes-aiming-for = Objetivo: { $level }
changes-flags-heading = Vale la pena hablarlo: tu visión y la de tu coach no coinciden
changes-flag-line = • { $skill }: tú { $own } ({ $own_date }), coach { $coach } ({ $coach_date })

## Mensajes sobre el perfil abierto.
profile-read-only = Este perfil es de solo lectura: { $reason }.

## Feedback de los compañeros: lo que se ha hecho.
feedback-left-out = Se excluyó la respuesta y se recalculó la vista conjunta de los compañeros (Ctrl+Z la recupera).
feedback-no-list = Falta la lista recomendada del perfil, así que no se puede crear el formulario.
feedback-form-not-saved = No se guardó el formulario: { $reason }.
feedback-form-saved = Formulario de feedback de { $name } guardado como { $path }. Envíalo a los compañeros como adjunto de un correo; carga sus archivos de respuesta con Cargar respuestas… (abajo) o arrastrándolos a la ventana.
feedback-answers-read-only = No se pueden cargar estas respuestas: este perfil es de solo lectura ({ $reason }).
feedback-answers-refused = No se pueden cargar estas respuestas: { $reason }.

## El cuadro Acerca de.
about-version = Versión { $version }
about-what = Coaching de liderazgo para técnicos: lo que tienes, lo que quieres, cómo se compara, cómo crece y un plan para llevarte a casa.
about-kept-in-moved = Las copias de seguridad y la configuración se guardan en:
about-kept-in = Tus perfiles se guardan en:
about-open-folder = Abrir la carpeta
about-copy-path = Copiar la ruta
about-backup = Para hacer una copia de seguridad de todo, copia esa carpeta entera.
about-profiles-chosen = Los perfiles están en una carpeta que elegiste:
about-two-computers = Para trabajar en dos equipos, guarda los perfiles en una carpeta sincronizada (OneDrive, Dropbox, Google Drive, iCloud Drive, Nextcloud, Syncthing o una carpeta compartida en red).
about-profiles-folder = Carpeta de perfiles…
about-profiles-folder-hint = Mover los perfiles a una carpeta que elijas; las copias de seguridad se quedan en este equipo
about-back-here = Volver a guardarlos en este equipo
about-back-here-hint = Devolver los perfiles a la carpeta propia de Lodestar
about-offline = Lodestar funciona sin conexión: no se conecta a la red, y tus notas nunca salen de este equipo salvo que las exportes.
about-licence = Software libre con licencia MIT o Apache-2.0. Fuentes: Noto Sans y Droid Sans Fallback (SIL Open Font License, Apache-2.0).
about-close = Cerrar

## La primera pantalla: los perfiles y la vista del coach.
picker-what = Pasa de técnico a líder: anota las cualidades que tienes y las que quieres, y compáralas con una lista recomendada.
picker-none-yet = Todavía no hay perfiles. Escribe un nombre arriba y pulsa Enter para empezar.
picker-profiles = Perfiles ({ $n })
picker-coach-view = Vista del coach
picker-recent-first = Primero los modificados más recientemente
picker-new-profile = Nuevo perfil:
picker-name-hint = Nombre del técnico
picker-create = Crear
picker-sample = Abrir el ejemplo
picker-sample-hint = Una copia nueva del perfil de ejemplo, para explorar
picker-import = Importar…
picker-newer = versión más nueva: solo lectura
picker-open = Abrir
picker-open-hint = Abrir “{ $name }”
picker-rename = Cambiar nombre
picker-rename-hint = Cambiar el nombre de “{ $name }”
picker-duplicate = Duplicar
picker-duplicate-hint = Duplicar “{ $name }”
picker-delete = Eliminar
picker-delete-hint = Eliminar “{ $name }” (a la papelera)
picker-new-name = Nombre nuevo:
picker-save-name = Guardar nombre
picker-cancel = Cancelar
coach-sessions = Sesiones
coach-skills = Habilidades
coach-all = Todos los coaches
coach-filter = Técnicos de
coach-export-team = Exportar el equipo…
coach-export-team-hint = Los últimos niveles y objetivos de todos, en una sola hoja (.xlsx o CSV)
coach-calendar = Calendario…
coach-calendar-hint = La próxima sesión de cada uno en un solo archivo de calendario (.ics), con recordatorios; vuelve a importarlo más adelante para actualizarlo
coach-order = Primero lo atrasado; después, las próximas sesiones más cercanas.
coach-column-technician = Técnico
coach-column-coach = Coach
coach-column-last = Última sesión
coach-column-next = Próxima sesión
coach-column-open = Acciones abiertas
coach-column-overdue = Vencidas
coach-never = nunca
coach-past = { $date } (ya pasada)
coach-not-set = sin fijar
coach-show-all = Mostrar los { $n } técnicos

## Lo pendiente (primera pantalla y vista del coach).
due-heading = Pendiente
due-more = y { $n } más

## Progreso: la evolución en el tiempo.
growth-heading = Evolución en el tiempo
growth-export = Exportar gráfico de evolución…
growth-export-hint = Guardarlo como SVG o PNG
growth-empty = Tras dos evaluaciones, las de cada habilidad aparecen aquí como líneas a lo largo del tiempo, con las evidencias y las acciones hechas marcadas debajo.
growth-described = Gráfico de evolución de { $n } habilidades: evaluaciones a lo largo del tiempo, evidencias y acciones hechas; la tabla de cambios de arriba recoge las mismas evaluaciones
due-line = { $name }: { $what }
due-session-today-at = sesión hoy a las { $time }
due-session-today = sesión hoy
due-session-soon = sesión el { $weekday } { $date }
due-session-missed = sesión del { $date } aún sin hacer
due-actions-overdue =
    { $n ->
        [one] 1 acción vencida (plazo: { $date })
        [many] { $n } de acciones vencidas (desde el { $date })
       *[other] { $n } acciones vencidas (desde el { $date })
    }
due-review-passed = la revisión del plan tocaba el { $date }
due-actions-today =
    { $n ->
        [one] 1 acción vence hoy
        [many] { $n } de acciones vencen hoy
       *[other] { $n } acciones vencen hoy
    }

## Los días de la semana.
weekday-monday = lunes
weekday-tuesday = martes
weekday-wednesday = miércoles
weekday-thursday = jueves
weekday-friday = viernes
weekday-saturday = sábado
weekday-sunday = domingo

## El registro de evidencias: el diálogo y las listas.
evidence-add-title = Añadir evidencia
evidence-change-title = Cambiar esta evidencia
evidence-what-it-is = Algo que pasó en el trabajo y muestra una habilidad: qué hiciste y qué resultado tuvo.
evidence-add = Añadir al registro
evidence-save = Guardar cambios
evidence-cancel = Cancelar
evidence-remove = Quitar del registro
evidence-when = Cuándo
evidence-star = Escribirla como STAR
evidence-star-hint = Situación, tarea, acción, resultado: cuatro respuestas breves
evidence-skills = Qué habilidades muestra
evidence-who-saw = Quién lo vio:
evidence-their-name = Su nombre (opcional)
evidence-link = Enlace (opcional)
evidence-no-file = Sin archivo
evidence-file = Archivo: { $name }
evidence-attach = Adjuntar un archivo…
evidence-attach-hint = Se guarda una copia con el perfil; el original puede moverse o desaparecer
evidence-star-situation-hint = ¿Dónde estabas y qué estaba pasando?
evidence-star-task-hint = ¿Qué había que hacer, y qué te tocaba a ti?
evidence-star-action-hint = ¿Qué hiciste?
evidence-star-result-hint = ¿Cuál fue el resultado?
evidence-what-happened = Qué pasó
evidence-what-happened-hint = p. ej.: Expliqué la avería a un cliente preocupado y le di novedades cada hora
evidence-seen-by = · visto por { $who }
evidence-line = { $date } · { $text }{ $who }
evidence-open-link = Enlace
evidence-open-file = Archivo
evidence-change = Cambiar
evidence-change-named = Cambiar la evidencia “{ $text }”
evidence-change-hint = Cambiar o quitar esta entrada
evidence-not-on-list = Habilidades que no están en esta lista
evidence-heading = Evidencias
evidence-add-hint = Ctrl+E, desde cualquier paso
evidence-none-yet = Todavía no hay nada registrado. Cuando algo del trabajo muestre que una habilidad crece, añádelo aquí (Ctrl+E): es en lo que puede apoyarse una evaluación.
evidence-group = { $skill } ({ $n })

## Comparar. Las palabras del método (iguales en todas las pantallas y en
## el plan): Tengo, Quiero, Comparar, fortalezas, “Vas por buen camino”,
## “Vale la pena hablarlo” (puntos ciegos), tus propias fortalezas, tus propias metas.
compare-with = Comparar con
compare-list = Lista recomendada
compare-strengths = Fortalezas: ya son tuyas
compare-strengths-hint = Recomendadas y en tu lista Tengo. Aparecen tachadas: sigue cultivándolas.
compare-deepen = { $skill }  — quieres ir más allá
compare-right-track = Vas por buen camino
compare-right-track-hint = Recomendadas y en tu lista Quiero: estás pensando en la dirección correcta.
compare-blind-spots = Vale la pena hablarlo
compare-blind-spots-hint = Están en esta lista, pero aún no las has vinculado a nada que tengas o quieras. Eso no las convierte en debilidades: puede ser una fortaleza que no se te ocurrió nombrar, o algo que tu trabajo todavía no te ha pedido. Vale la pena comentarlo con tu coach.
compare-add-to-want = Añadir a Quiero
compare-add-to-want-hint = Añadir “{ $skill }” a las cualidades que quieres
compare-own-strengths = Tus propias fortalezas
compare-own-strengths-hint = Cualidades que tienes y que no están en esta lista. También cuentan.
compare-own-item = • { $text }
compare-own-deepen = • { $text } — y quieres ir más allá
compare-own-goals = Tus propias metas
compare-own-goals-hint = Lo que quieres y no está en esta lista.
compare-none-yet = Todavía ninguna.

## Evaluar.
rate-heading = Evalúa dónde estás
rate-how = Elige el nivel que describe lo que de verdad haces hoy, no lo que te propones. Cada nivel se apoya en los anteriores, y un 3 en una habilidad significa lo mismo cada vez que la evalúas. Vuelve a evaluar en cada sesión de coaching para ver cuánto has avanzado.
rate-not-the-title = Evalúa lo que haces, no el puesto. Tener un puesto de responsable no convierte a nadie en líder, y un técnico sin nadie a su cargo ya puede liderar.
rate-rated-by = Quién evalúa:
rate-myself = Yo
rate-the-coach = El coach
rate-blind = Evaluación a ciegas
rate-blind-hint = Ocultar las evaluaciones y los objetivos anteriores mientras evalúas
rate-date = Fecha: { $date }
rate-note = Nota para esta evaluación:
rate-save = Guardar evaluación
rate-count = { $rated } de { $total } habilidades evaluadas
rate-saved-so-far =
    { $n ->
        [one] 1 evaluación guardada hasta ahora.
        [many] { $n } de evaluaciones guardadas hasta ahora.
       *[other] { $n } evaluaciones guardadas hasta ahora.
    }
rate-see-progress = Ver el gráfico y cómo han cambiado las evaluaciones
rate-last-time = la última vez: { $level } ({ $date })
rate-level-named = { $skill }: { $level }
rate-level-described = { $skill }: { $level } – { $meaning }
rate-not-applicable = No aplica
rate-no-evidence-since = No hay evidencias desde la última evaluación.
rate-no-evidence = Todavía no hay evidencias registradas.
rate-evidence-since = Evidencias desde la última evaluación ({ $date }): { $n }
rate-evidence = Evidencias: { $n }
rate-add-evidence-for = Añadir evidencia de { $skill }
rate-add-evidence-hint = Registrar algo que muestre { $skill }
rate-more-on-progress = y { $n } más en Progreso
rate-no-target = sin objetivo
rate-target = objetivo { $level }
rate-target-for = Objetivo de { $skill }

## Tengo y Quiero.
have-heading = Cualidades que ya tienes
have-intro = Anota con tus palabras las cualidades de liderazgo que ya aportas. Piensa en momentos en que la gente contó contigo, siguió tu ejemplo o te pidió ayuda. Nadie empieza de cero.
have-add = Añade una cualidad que tienes:
have-add-hint = p. ej., explicar averías a los clientes
want-heading = Cualidades que quieres desarrollar
want-intro = Ahora anota lo que te gustaría hacer mejor, o empezar a hacer. No te preocupes por dar con las palabras exactas: escribe lo que quieres decir y vincúlalo a una habilidad recomendada cuando encaje.
want-add = Añade una cualidad que quieres:
want-add-hint = p. ej., dar feedback a los aprendices
list-add = Añadir
list-looks-like-sure = Parece “{ $skill }” ({ $percent } % de certeza).
list-add-and-link = Añadir y vincular a { $skill }
list-empty = Todavía no hay nada.
list-pick-from = Elegir de “{ $list }”
list-pick-hint = Haz clic en una habilidad para añadirla a esta lista, ya vinculada.
list-note-hint = Una evidencia o una nota breve: ¿cuándo se notó?
list-note = Nota
list-edit-quality = Editar cualidad:
list-done = Hecho
list-double-click = Doble clic para editar
list-linked-to = vinculada a { $skill }
list-unlink = Desvincular
list-unlink-hint = Desvincular “{ $text }” de { $skill }
list-linked-elsewhere = vinculada a { $skill } (otra lista)
list-looks-like = Parece “{ $skill }”.
list-link-to = Vincular a { $skill }
list-remove = Quitar
list-remove-hint = Quitar “{ $text }”
list-down = Bajar
list-down-hint = Bajar “{ $text }”
list-up = Subir
list-up-hint = Subir “{ $text }”
list-edit = Editar
list-edit-hint = Editar “{ $text }”
list-add-note = Añadir nota
list-note-on = Nota sobre “{ $text }”
list-note-cut = { $start }… (en Nota se ve entera)
list-questions = Preguntas para hacerte pensar

## El paso del plan de desarrollo.
plan-heading = Plan de desarrollo
plan-intro = Elige unas pocas habilidades para trabajar hasta la próxima revisión y, para cada una, di qué vas a hacer, qué te ayuda y cómo se verá que ha funcionado. Imprímelo, llévatelo a casa y tenlo a la vista.
plan-no-focus = Todavía no hay habilidades foco: añade una arriba.
plan-print = Imprimir…
plan-print-hint = Crear el PDF y abrirlo, para imprimirlo desde el visor
plan-export = Exportar…
plan-export-hint = Guardar el plan como PDF, Markdown o HTML
plan-paper = Papel:
plan-paper-a4 = A4
plan-paper-letter = Carta (EE. UU.)
plan-review-on = Fecha de revisión:
plan-add-to-calendar = Añadir al calendario
plan-add-to-calendar-hint = La fecha de revisión en tu programa de calendario, con un recordatorio
plan-keep-it-short = No pases de { $max } habilidades foco: con más a la vez, el esfuerzo se reparte tanto que no se notará ningún cambio en la próxima revisión.
plan-keep-it-short-over = No pases de { $max } habilidades foco: con más a la vez, el esfuerzo se reparte tanto que no se notará ningún cambio en la próxima revisión. Este plan tiene { $n }.
plan-start-with = Empezar con { $skills }
plan-start-with-hint = Las primeras sugerencias, cada una con acciones sacadas de sus estrategias, para editar
plan-suggested = Habilidades foco sugeridas
plan-suggested-hint = Según la distancia al objetivo, lo que quieres y los puntos ciegos que ya comentaste
plan-add-skill = + { $skill }
plan-add-skill-hint = Añadir { $skill } al plan
plan-add-another = Añadir otra habilidad…
plan-add-another-name = Añadir otra habilidad
plan-focus-title = { $n }. { $skill }
plan-target-date = Fecha objetivo:
plan-move-up-hint = Subir { $skill }
plan-move-down-hint = Bajar { $skill }
plan-remove-hint = Quitar { $skill } del plan
plan-goal = Meta:
plan-goal-hint = Qué será distinto, en una frase
plan-measure = Señal de éxito:
plan-measure-hint = Cómo se verá, para ti y para tu coach, que ha funcionado
plan-status-of = Estado de { $skill }
plan-actions = Acciones
plan-action-done = Hecha: { $text }
plan-action = Acción
plan-owner = Responsable
plan-remove-action-hint = Quitar la acción “{ $text }”
plan-new-action = Nueva acción para { $skill }:
plan-ideas = Ideas:
plan-idea = + { $text }
plan-idea-hint = Añadir la acción “{ $text }”
plan-resources = Recursos
plan-resource = • { $text }
plan-remove-resource-hint = Quitar el recurso “{ $text }”
plan-resource-hint = Una persona, un curso, un libro, tiempo
plan-new-resource = Nuevo recurso para { $skill }:
plan-add-resource = Añadir recurso

## Sesiones: el registro, el modo sesión y el resumen.
sessions-heading = Sesiones de coaching
sessions-intro = Una sesión es una conversación de 30 a 60 minutos entre el técnico y el coach. Lodestar prepara la agenda con las acciones abiertas, la distancia al objetivo y los puntos ciegos, guarda las notas mientras escribes y redacta un resumen para enviar después.
sessions-open-actions =
    { $n ->
        [one] 1 acción abierta
        [many] { $n } de acciones abiertas
       *[other] { $n } acciones abiertas
    }
sessions-open-actions-overdue =
    { $n ->
        [one] 1 acción abierta; vencidas: { $overdue }
        [many] { $n } de acciones abiertas; vencidas: { $overdue }
       *[other] { $n } acciones abiertas; vencidas: { $overdue }
    }
sessions-none = Todavía no hay sesiones.
sessions-show-earlier = Mostrar las { $n } sesiones anteriores
sessions-continue = Continuar la sesión del { $date }
sessions-not-ended = No se cerró; sus notas se conservan.
sessions-start = Empezar una sesión de coaching
sessions-minutes = { $n } min
sessions-with = con { $coach }
sessions-actions =
    { $n ->
        [one] 1 acción
        [many] { $n } de acciones
       *[other] { $n } acciones
    }
sessions-next-at = próxima: { $date }, { $time }
sessions-next = próxima: { $date }
sessions-in-progress = en curso
sessions-summary = Resumen
sessions-summary-hint = Lo que se habló y se acordó, listo para enviar
session-with = Sesión de coaching con { $name }
session-minutes-hint = Tiempo desde que empezó la sesión
session-end = Terminar la sesión
session-end-hint = Guardar el tiempo dedicado y mostrar el resumen
session-back = Volver al perfil
session-back-hint = La sesión sigue abierta; continúala desde Sesiones
session-rate = Evaluar las habilidades
session-rate-hint = Evaluar en el paso 4; la evaluación pertenece a esta sesión, que sigue abierta
summary-heading = Resumen de la sesión
summary-copy-text = Copiar como texto
summary-copy-markdown = Copiar como Markdown
summary-save-markdown = Guardar como Markdown…
summary-close = Cerrar
summary-include-private = Incluir las notas privadas del coach
summary-hint = Listo para enviar después de la reunión. Las notas privadas quedan fuera salvo que marques la casilla.
notes-heading = Notas
notes-what-was-said = Lo que se dijo
notes-saved-as-you-type = Se guarda mientras escribes.
notes-reflections = Reflexiones
notes-answer-hint = La respuesta, con las palabras del técnico
notes-actions-agreed = Acciones acordadas hoy
notes-due = para el { $date }
notes-add-to-calendar = Añadir al calendario
notes-add-to-calendar-named = Añadir “{ $text }” al calendario
notes-remove = Quitar
notes-remove-named = Quitar la acción “{ $text }”
notes-new-action = Nueva acción:
notes-new-action-hint = Qué se hará, en concreto
notes-owner = Responsable:
notes-due-field = Plazo:
notes-add-action = Añadir acción
notes-or-ctrl-enter = o Ctrl+Enter
notes-not-a-date = “{ $text }” no es una fecha: escríbela como año-mes-día, p. ej., { $today }.
notes-no-skill = Sin habilidad
notes-skill-of-action = Habilidad de la acción
notes-next-session = Próxima sesión:
notes-in-weeks = en { $n } semanas
notes-at = a las
notes-time-hint = HH:MM
notes-time-wrong = horas:minutos, por favor
notes-for-minutes = durante { $n } minutos
notes-length = Duración de la próxima sesión
notes-next-to-calendar-hint = La abre en tu programa de calendario, con un recordatorio el día antes
notes-private = Notas privadas del coach
notes-private-hint = Quedan fuera del resumen y del plan impreso, salvo que decidas incluirlas.
notes-private-field = Notas privadas:
agenda-heading = Agenda
agenda-open-actions = Acciones abiertas de sesiones anteriores
agenda-none-open = Ninguna abierta.
agenda-tick-done = Márcala cuando esté hecha
agenda-overdue = vencida
agenda-done = Hechas ({ $n })
agenda-gaps = Mayores distancias al objetivo
agenda-gap = { $skill }: { $now } ahora, objetivo { $target }
agenda-now = Ahora: { $level }
agenda-aiming-for = Objetivo: { $level }
agenda-seen-differently = Tu visión y la de tu coach no coinciden
agenda-self-coach = { $skill }: autoevaluación { $own }, coach { $coach }
agenda-unbacked = Evaluadas al alza, aún sin evidencias
agenda-unbacked-line = { $skill }: de { $from } a { $to } ({ $rater }, desde el { $since }). ¿Qué pasó que lo demuestre?
agenda-blind-spots = Puntos ciegos aún sin hablar
agenda-blind-spots-hint = Marca los que se hablaron hoy.
agenda-questions = Preguntas para reflexionar
agenda-questions-hint = Haz una para añadirla a las notas con su respuesta.
agenda-ask = Preguntar
agenda-asked = Preguntada
agenda-ask-named = Preguntar: { $prompt }
agenda-about = Sobre { $skill }
agenda-lead-without-reports = Un técnico puede liderar mucho antes de tener a alguien a su cargo: enseñando a un compañero, arreglando un proceso que frena al equipo o dando la cara por un cliente o un colega. Pregunta por eso, no solo por el trabajo del día a día.

## Progreso: el gráfico radar, sus capas y la línea de tiempo.
progress-heading = Cuánto has avanzado
progress-intro = Los anillos son los niveles: el 1 ({ $lowest }) en el centro y el { $top } ({ $top_name }) en el borde. La forma rellena es la última evaluación; la línea verde discontinua, adonde quieres llegar. Activa capas para comparar con sesiones anteriores o con la visión de tu coach.
progress-nothing-rated = Todavía no hay nada evaluado, así que no hay gráfico que mostrar.
progress-rate-now = Evaluar las habilidades ahora
progress-too-few = Un gráfico radar necesita al menos 3 habilidades que apliquen; quedan { $n } tras quitar las marcadas como “No aplica”. La tabla de abajo sigue mostrando todas las evaluaciones.
progress-some-shown = El gráfico muestra { $shown } de las { $all } habilidades de la lista; la tabla las recoge todas.
progress-described = Gráfico radar de { $n } habilidades; la tabla de abajo recoge las mismas evaluaciones
progress-whose-lead = Evaluaciones principales
progress-mine = Las mías
progress-coachs = Las del coach
progress-show = Mostrar en el gráfico
progress-coachs-latest = La última del coach
progress-my-latest = Mi última evaluación
progress-on-date = { $what } ({ $date })
progress-latest = Última evaluación
progress-targets = Niveles objetivo
progress-first = Primera evaluación
progress-previous = Evaluación anterior
progress-colleagues-waiting = Compañeros (a partir de 3 respuestas)
progress-timeline = Línea de tiempo
progress-timeline-hint = Marca una evaluación anterior para añadirla al gráfico.
progress-export = Exportar gráfico…
progress-export-hint = Guardar el gráfico tal como se ve, como imagen SVG o PNG
progress-role-latest = última
progress-role-first = primera
progress-role-previous = anterior
progress-role-other = otra visión
progress-self-rating = autoevaluación
progress-coach-rating = evaluación del coach
progress-assessment = { $date }  { $who }, { $n } evaluadas
progress-assessment-role = { $text }  ({ $role })

## Sobre esta persona (paso Tengo).
details-heading = Sobre esta persona
details-name = Nombre:
details-name-hint = Nombre del técnico
details-role = Puesto:
details-role-hint = p. ej., Técnico de servicio de campo
details-team = Equipo:
details-team-hint = p. ej., Servicio regional, zona norte
details-coach = Coach:
details-coach-hint = Con quién se reúne para el coaching
details-workplace = Sector:
details-not-set = Sin indicar
details-workplace-hint = Primero se muestran los ejemplos de este sector.

## Cambiado en los dos equipos.
conflicts-heading = Cambiado en los dos equipos
conflicts-intro = Esto se cambió aquí y en el otro equipo antes de que las dos versiones pudieran juntarse. Elige qué conservar en cada caso; hasta entonces, el perfil mantiene la versión de este equipo. Lo que no conserves sigue en las copias de seguridad.
conflicts-later = Decidir más tarde
conflicts-later-hint = De momento conserva las versiones de este equipo; la decisión espera en la parte inferior de la ventana
conflicts-this = Este equipo
conflicts-other = El otro equipo
conflicts-keep-mine = Conservar la de este equipo
conflicts-take-theirs = Tomar la del otro
conflicts-keep-both = Conservar ambas
conflicts-keep-both-hint = Los dos textos, primero el de este equipo

## Un archivo de perfil que ya está aquí.
receive-heading = “{ $name }” ya está aquí
receive-intro = Este archivo es una copia de un perfil que ya tienes, enviada desde otro equipo. Al actualizar se incorpora lo que cambió allí: lo que se añadió, lo que se editó y lo que se quitó allí y tú habías dejado igual. Donde los dos equipos cambiaron lo mismo, eliges qué conservar. La versión sustituida va a las copias de seguridad.
receive-brings = Lo que trae: { $what }.
receive-both-changed = Cambiado en los dos equipos: { $fields }. Después de actualizar eliges qué conservar.
receive-update = Actualizar el perfil de { $name }
receive-separate = Importar como perfil aparte
receive-cancel = Cancelar

## Un rol hacia el que crecer.
ladder-growing-into = Rumbo a:
ladder-choose = elige un rol
ladder-no-role = sin rol (mantener los objetivos)
ladder-hint = Fija el objetivo de cada habilidad en el nivel que espera el rol
ladder-name = Objetivos según un rol

## Calendario: lo que se ha hecho.
calendar-no-date = Todavía no hay ninguna fecha que añadir: fija primero la fecha.
calendar-no-folder = No se pudo crear la carpeta { $path }: { $reason }
calendar-not-written = No se pudo escribir el archivo de calendario: { $reason }
calendar-event = “{ $title }” el { $date }
calendar-saved = Se guardó { $what } como { $path }.
calendar-saved-not-opened = Se guardó { $what } como { $path }, pero ningún programa de calendario lo abrió ({ $reason }). Importa ese archivo en tu calendario.
calendar-sent = Se envió { $what } a tu programa de calendario, con un recordatorio el día antes. Si lo añades de nuevo, se actualiza.
calendar-team-none = Ningún técnico tiene aún una próxima sesión en el calendario: fíjala al final de una sesión.
calendar-nothing-saved = No se guardó nada: { $reason }
calendar-team-saved =
    { $n ->
        [one] Se guardó 1 próxima sesión en { $path }: importa el archivo en tu calendario (y otra vez más adelante para actualizarla).
        [many] Se guardaron { $n } de próximas sesiones en { $path }: importa el archivo en tu calendario (y otra vez más adelante para actualizarlas).
       *[other] Se guardaron { $n } próximas sesiones en { $path }: importa el archivo en tu calendario (y otra vez más adelante para actualizarlas).
    }

## Modo sesión: lo que se ha hecho.
session-no-list = No hay ninguna lista recomendada con la que preparar una agenda.
session-action-pending = La acción “{ $text }” está escrita pero aún no se ha añadido: añádela (Ctrl+Enter) o vacía el campo antes de salir o terminar la sesión.
session-ended = Sesión terminada tras { $n } min. Aquí tienes su resumen.

## Evidencias: lo que se ha hecho.
evidence-summary-markdown = Resumen copiado como Markdown
evidence-summary-text = Resumen copiado como texto
evidence-read-only = Este perfil es de solo lectura: aquí no se pueden añadir evidencias.
evidence-attach-title = Adjuntar un archivo
evidence-removed = Evidencia quitada del registro (Ctrl+Z la recupera).
evidence-cannot-open = No se pudo abrir { $what }: { $reason }
evidence-file-missing = El archivo guardado con esta entrada no está en este equipo (puede que no viniera con un perfil enviado). Pídelo de nuevo y adjúntalo.
evidence-added = Evidencia añadida al registro.
evidence-changed = Evidencia cambiada.

## Perfiles: lo que se ha hecho.
profiles-created = Se creó “{ $name }”. Empieza por las cualidades que ya tienes.
profiles-sample-opened = Se abrió una copia nueva del perfil de ejemplo
profiles-restored = Se restauró “{ $name }”.
profiles-imported = Se importó “{ $name }”
profiles-nothing-imported = No se importó nada.
profiles-updated = Se actualizó “{ $name }”: { $what }.
profiles-both-changed = Los dos equipos cambiaron { $fields }: elige qué conservar.
profiles-renamed = Nombre cambiado
profiles-copy-name = { $name } (copia)
profiles-copied = Copia creada: “{ $name }”
profiles-trashed = “{ $name }” se movió a la papelera.

## El perfil abierto: guardar, salir, deshacer.
app-list-not-loaded = No se pudo cargar una lista recomendada: { $problem }
app-saved = Guardado
app-settle-first = Elige qué versión conservar (abajo) antes de salir de este perfil.
app-not-saved-yet = Tus cambios aún no se han guardado: { $reason }
app-opened-read-only = “{ $name }” se abrió en solo lectura: { $reason }.
app-opened = Se abrió “{ $name }”
app-unsaved = Cambios sin guardar…
app-undone = Deshecho
app-redone = Rehecho
app-no-list = No se pudo cargar ninguna lista recomendada, así que no hay nada con qué comparar.
app-list-missing = La lista “{ $missing }” que sigue este perfil no está disponible aquí; se muestra “{ $shown }” en su lugar. Sus vínculos a la lista que falta se conservan.
app-settled-already = Ese conflicto ya estaba resuelto.
app-note-full = Esta nota está llena ({ $n } caracteres): lo que se escribió o pegó a partir de ahí quedó fuera.

## El mapa de calor de habilidades de la vista del coach.
heat-none = No hay técnicos que mostrar.
heat-all-lists = Todas las listas
heat-list-count = { $list } ({ $n })
heat-list = Lista
heat-legend = Cada celda es el último nivel. Verde: en el objetivo de esa persona o por encima; ámbar: un nivel por debajo; rojo: dos o más por debajo; gris: sin objetivo fijado.
heat-group =
    { $n ->
        [one] { $list }: 1 técnico
        [many] { $list }: { $n } de técnicos
       *[other] { $list }: { $n } técnicos
    }
heat-described = Mapa de calor de { $n } técnicos y { $skills } habilidades de { $list }
heat-team-average = Media del equipo
heat-cell = { $name }: { $skill }
heat-not-rated = sin evaluar
heat-target = , objetivo { $level }
heat-click-to-open = Haz clic para abrir el perfil.
heat-no-ratings = sin evaluaciones
heat-average = media { $mean }
heat-skill-average = { $skill }: { $average }
heat-thinnest = Lo menos desarrollado en el equipo: { $skills }.
heat-more = { $names } y { $n } más
heat-teach-line = { $skill }: { $names }
heat-no-top = Todavía nadie está en los niveles más altos de ninguna habilidad.
heat-could-teach = Podrían enseñar al resto
heat-teach-item = • { $line }
heat-average-target = Objetivo medio
heat-team-average-title = La media del equipo
heat-radar-described = El radar medio del equipo en { $list }
heat-radar-legend = Relleno: el nivel medio del equipo. Discontinuo: el objetivo medio.

## Guardar y exportar archivos: los diálogos y lo que se dice después.
filter-xlsx = Libro de Excel (.xlsx)
filter-csv = CSV (un archivo por tabla)
filter-html = Página web (HTML)
filter-svg = Imagen SVG (nítida a cualquier tamaño)
filter-png = Imagen PNG
filter-profile = Perfil de Lodestar
filter-import = Perfil de Lodestar o respuestas
filter-send = Perfil de Lodestar para enviar
sheet-profile-saved = Evaluaciones, acciones y plan guardados en { $files }
sheet-profile-not-saved = No se guardaron las evaluaciones, las acciones ni el plan: { $reason }
sheet-team-saved = Hoja del equipo guardada en { $files }
sheet-team-not-saved = No se guardó la hoja del equipo: { $reason }
sheet-list-saved = Lista guardada en { $files }
sheet-list-not-saved = No se guardó la lista: { $reason }
# El final de un nombre de archivo propuesto, tras el nombre de la persona.
dialog-plan-file-end = { " " }plan.pdf
dialog-plan-title = Exportar el plan de desarrollo
dialog-chart-title = Exportar el gráfico
dialog-chart-file-end = { " " }radar.svg
dialog-summary-title = Guardar el resumen de la sesión
dialog-summary-file-end = { " " }sesión { $date }.md
dialog-profile-title = Exportar este perfil
dialog-import-title = Importar un perfil o las respuestas de un compañero
dialog-send-technician-title = Enviar al técnico
dialog-send-technician-file-end = { " " }para el técnico.lodestar
dialog-send-coach-title = Enviar al coach
dialog-send-coach-file-end = { " " }para el coach.lodestar
send-saved-technician = Se guardó “{ $file }” para el técnico, sin tus notas privadas: adjúntalo a un correo o a un mensaje de chat.
send-saved-coach = Se guardó “{ $file }” para el coach: adjúntalo a un correo o a un mensaje de chat.
send-files-left-out = Estos archivos guardados con las evidencias eran demasiado grandes para incluirlos; envíalos aparte: { $files }.
plan-saved = Plan guardado en { $path }
plan-saved-warning = Plan guardado en { $path }. { $warning }
plan-not-saved = No se guardó el plan: { $reason }
print-file-end = { " " }plan { $date }.pdf
print-no-folder = No se pudo crear { $folder }: { $reason }
print-opened = Plan abierto ({ $path }): imprímelo desde el visor.
print-no-viewer = El plan está guardado como { $path }, pero no se pudo abrir ningún visor de PDF ({ $reason }). Ábrelo desde ahí para imprimirlo.
print-not-made = No se pudo crear el plan: { $reason }
chart-saved = Gráfico guardado en { $path }
chart-not-saved = No se guardó el gráfico: { $reason }
growth-saved = Gráfico de evolución guardado en { $path }
growth-not-saved = No se guardó el gráfico de evolución: { $reason }
summary-saved = Resumen guardado en { $path }
summary-not-saved = No se guardó el resumen: { $reason }
profile-exported = Exportado a { $path }
folder-not-opened = No se pudo abrir ningún explorador de archivos ({ $reason }). Tus datos están en { $folder }.
dialog-team-title = Exportar el equipo
dialog-team-file-end = { " " }equipo.xlsx
dialog-list-title = Exportar la lista
dialog-sheet-title = Exportar para hoja de cálculo
dialog-sheet-file-end = { " " }evaluaciones.xlsx
dialog-form-title = Guardar el formulario de feedback
dialog-form-file-end = { " " }formulario de feedback.html
filter-web-page = Página web
dialog-team-calendar-title = Guardar las próximas sesiones como archivo de calendario
dialog-team-calendar-name = Sesiones de coaching
filter-calendar = Calendario

## Cuando la ventana no se puede abrir (un cuadro de mensaje y la terminal).
renderer-wgpu = Direct3D, Vulkan o Metal
renderer-default = el renderizador predeterminado
renderer-fallback = Lodestar: { $what } no pudo iniciarse ({ $reason }); se abre con { $next }.
no-window-intro = Lodestar no pudo abrir su ventana: no se pudieron iniciar los gráficos de este equipo.
no-window-advice = Actualiza el controlador de gráficos; en una máquina virtual o un escritorio remoto, activa la aceleración 3D. Tus perfiles están a salvo en { $folder }, y la línea de comandos funciona sin ventana (lodestar profiles, lodestar plan …).
no-window-title = Lodestar no puede abrir su ventana

## Dos equipos a través de una carpeta sincronizada.
dialog-profiles-folder-title = Guardar los perfiles en esta carpeta
disk-kept-mine = Se guardó tu versión; la otra se conserva en las copias de seguridad.
disk-took-theirs = Se cargó la versión del disco.
folder-not-watched = No se puede vigilar la carpeta de perfiles ({ $reason }): los cambios de otro equipo se combinan cuando este guarda, no al momento.
disk-merged = Otro equipo cambió este perfil: se combinaron los cambios y se guardó ({ $what }).
disk-too-new = { $reason } Este perfil ahora es de solo lectura aquí; los cambios aún no guardados se conservan en { $folder }.
copy-not-merged = No se pudo combinar la copia { $file }: { $reason }
copy-read-only = Hay una copia de este perfil ({ $file }) pendiente de combinar, pero aquí el perfil es de solo lectura: { $reason }.
copy-not-saved = Se combinó una copia de este perfil que hizo { $who }, pero aún no se pudo guardar; se queda donde está.
copy-not-moved = Se combinó la copia { $file }, pero no se pudo apartar: { $reason }
copy-merged = Se combinó una copia de este perfil que hizo { $who } cuando dos equipos lo cambiaron ({ $what }). La copia está en las copias de seguridad.
folder-moved = Tus perfiles se guardan ahora en { $folder }.
folder-moved-merged = { $n ->
    [one] Uno de ellos ya estaba allí con otros cambios: se ha combinado.
    [many] { $n } de ellos ya estaban allí con otros cambios: se han combinado.
   *[other] { $n } de ellos ya estaban allí con otros cambios: se han combinado.
}
folder-moved-copies-stay = Las copias de la carpeta sincronizada se quedan allí para tus otros equipos.
conflicts-not-kept = No se pudieron guardar para más tarde las decisiones pendientes ({ $reason }); resuélvelas antes de cerrar.
conflicts-all-settled = Resuelto: los cambios de los dos equipos están en el perfil.

## Listas recomendadas: el menú, importar una desde una hoja de cálculo, guardar.
cancel = Cancelar
lists-menu = Listas recomendadas
lists-import = Importar una lista…
lists-import-hint = El marco de tu organización, desde una hoja de cálculo (.xlsx, .ods) o un archivo CSV
lists-new = Nueva lista…
lists-edit = Editar esta lista…
lists-edit-hint = Sus habilidades, niveles, estrategias y preguntas (una lista integrada se edita como copia)
lists-export = Exportar esta lista…
lists-export-hint = Como hoja de cálculo que otro coach pueda importar
list-builtin-copy = Una lista integrada se edita como copia: guárdala como lista propia.
list-nothing-changed = No se cambió nada en las listas.
list-saved = Se guardó la lista “{ $title }” ({ $n ->
    [one] 1 habilidad
    [many] { $n } de habilidades
   *[other] { $n } habilidades
}).
list-removed = Se quitó la lista “{ $title }”; el archivo se conserva en { $folder }. Los perfiles que la seguían usan la lista predeterminada hasta que vuelva.
list-import-title = Importar una lista recomendada
filter-sheet = Hoja de cálculo o CSV
list-import-cancelled = Importación cancelada; no se añadió ninguna lista.
list-imported = Se importó la lista “{ $title }”: { $n ->
    [one] 1 habilidad
    [many] { $n } de habilidades
   *[other] { $n } habilidades
}, con los niveles { $levels }.
list-imported-followed = Este perfil ahora la sigue.
list-import-no-sheets = El archivo no tiene hojas con texto.
list-import-from = De { $file }. Indica qué contiene cada columna; abajo se muestran las primeras filas del archivo.
list-import-field-title = Título
list-import-sheet = Hoja
list-import-headings = La primera fila tiene encabezados
list-import-ready = Todo listo: { $n ->
    [one] 1 habilidad
    [many] { $n } de habilidades
   *[other] { $n } habilidades
}; niveles ({ $count }): { $levels }.
list-import-use-for = Usarla para { $name }
list-import-button = Importar
list-import-column = Columna { $letter }
list-import-more-rows = … y { $n } filas más
list-import-no-levels = Ninguna columna es un nivel: la lista se evaluará con los cinco niveles estándar. Elige “Nivel 1”, “Nivel 2”… para las columnas que describen los niveles.
list-import-level-names = Los nombres de los niveles, del más bajo al más alto:
list-import-level-name = Nombre del nivel { $n }
list-editor-new-title = Mi lista recomendada
list-editor-name-first = Escribe primero el nombre de la nueva habilidad.
list-editor-name-long = El nombre de una habilidad admite como máximo { $max } caracteres.
list-editor-name-taken = “{ $name }” ya está en la lista.
list-editor-no-title = Ponle un título a la lista.
list-editor-no-skills = Añade al menos una habilidad.
list-editor-some-levels = “{ $name }” describe { $described } de los { $levels } niveles: describe todos los niveles o ninguno.
list-editor-invalid = No se puede guardar la lista: { $reason }.
list-editor-copy-of = Copia de “{ $title }”
list-editor-heading-new = Nueva lista recomendada
list-editor-heading-edit = Editar una lista recomendada
list-editor-duplicate = Duplicar
list-editor-duplicate-hint = Seguir con una copia de esta lista, como lista nueva
list-editor-save = Guardar lista
list-editor-export = Exportar…
list-editor-export-hint = Como hoja de cálculo que otro coach pueda importar (.xlsx o CSV)
list-editor-remove = Quitar esta lista
list-editor-levels = Niveles:
list-editor-skills = Habilidades ({ $n })
list-editor-up = Subir
list-editor-up-hint = Subir { $name }
list-editor-down = Bajar
list-editor-down-hint = Bajar { $name }
list-editor-remove-skill = Quitar
list-editor-remove-skill-hint = Quitar { $name }
list-editor-new-skill = Nombre de la nueva habilidad
list-editor-add-skill = Añadir habilidad
list-editor-none-selected = Añade una habilidad para describirla aquí.
list-editor-name = Nombre
list-editor-description = Descripción
list-editor-level = Nivel { $n } – { $name }
list-editor-keywords = Palabras clave (separadas por ;)
list-editor-strategies = Estrategias (una por línea)
list-editor-questions = Preguntas de coaching (una por línea)
list-editor-id = Identificador: { $id } (las evaluaciones van ligadas al identificador, así que un nombre nuevo las conserva)

## Palabras del dominio: quién evaluó, el estado de una acción, quién lo vio, sectores.
rater-self = Autoevaluación
rater-coach = Coach
rater-in-sentence = { $rater ->
    [self] autoevaluación
   *[coach] coach
}
status-not-started = Sin empezar
status-in-progress = En curso
status-achieved = Conseguido
status-paused = En pausa
witness-myself = Yo
witness-coach = El coach
witness-colleague = Un compañero
witness-customer = Un cliente
witness-in-sentence = { $witness ->
    [self] mí
    [coach] el coach
    [colleague] un compañero
   *[customer] un cliente
}
workplace-it = Soporte informático
workplace-field-service = Servicio de campo
workplace-lab = Laboratorio
workplace-healthcare = Hospitales y salud
workplace-manufacturing = Planta de producción
workplace-utilities = Energía y agua
workplace-other = Otro

## La escala estándar de las listas integradas: el nombre de cada nivel y lo
## que significa para cualquier habilidad (en primera persona).
level-1-name = Inicial
level-1-meaning = Todavía lo hago pocas veces, o solo cuando alguien me lo pide.
level-2-name = Emergente
level-2-meaning = Lo hago de vez en cuando, con esfuerzo, y los resultados varían.
level-3-name = En desarrollo
level-3-meaning = Lo hago con regularidad en situaciones conocidas y casi siempre funciona.
level-4-name = Constante
level-4-meaning = Lo hago de forma fiable, también bajo presión y en situaciones nuevas.
level-5-name = Ayuda a otros
level-5-meaning = Lo hago con naturalidad y ayudo a otros del equipo a mejorar en ello.
level-named = { $n } ({ $name })
level-described = { $n } ({ $name }): { $meaning }
star-situation = Situación
star-task = Tarea
star-action = Acción
star-result = Resultado
star-line = { $heading }: { $text }
answer-unsigned = Un compañero (sin firma)

## Lo que trajeron los cambios de otro equipo (se unen con comas).
merge-have-added = { $n ->
    [one] 1 cualidad nueva en Tengo
    [many] { $n } de cualidades nuevas en Tengo
   *[other] { $n } cualidades nuevas en Tengo
}
merge-want-added = { $n ->
    [one] 1 cualidad nueva en Quiero
    [many] { $n } de cualidades nuevas en Quiero
   *[other] { $n } cualidades nuevas en Quiero
}
merge-self-ratings = { $n ->
    [one] 1 autoevaluación
    [many] { $n } de autoevaluaciones
   *[other] { $n } autoevaluaciones
}
merge-coach-ratings = { $n ->
    [one] 1 evaluación del coach
    [many] { $n } de evaluaciones del coach
   *[other] { $n } evaluaciones del coach
}
merge-sessions-added = { $n ->
    [one] 1 sesión
    [many] { $n } de sesiones
   *[other] { $n } sesiones
}
merge-evidence-added = { $n ->
    [one] 1 evidencia nueva
    [many] { $n } de evidencias nuevas
   *[other] { $n } evidencias nuevas
}
merge-actions-added = { $n ->
    [one] 1 acción nueva
    [many] { $n } de acciones nuevas
   *[other] { $n } acciones nuevas
}
merge-actions-done = { $n ->
    [one] 1 acción hecha
    [many] { $n } de acciones hechas
   *[other] { $n } acciones hechas
}
merge-removed = { $n ->
    [one] 1 registro eliminado allí
    [many] { $n } de registros eliminados allí
   *[other] { $n } registros eliminados allí
}
merge-conflicts = { $n ->
    [one] 1 conflicto
    [many] { $n } de conflictos
   *[other] { $n } conflictos
}
merge-new-name = nombre nuevo
merge-new-role = puesto nuevo
merge-new-team = equipo nuevo
merge-new-coach = coach nuevo
merge-new-workplace = sector nuevo
merge-new-list = otra lista recomendada
merge-targets-changed = objetivos cambiados
merge-new-role-aimed-for = otro rol al que se aspira
merge-plan-changed = plan cambiado
merge-sessions-edited = sesiones editadas
merge-other-changes = otros cambios
merge-nothing-new = nada nuevo

## Un campo que cambiaron los dos equipos, según su clave en el archivo del perfil.
conflict-field = { $field ->
    [name] Nombre
    [role] Puesto
    [team] Equipo
    [coach] Coach
    [workplace] Sector
    [catalog] Lista recomendada
    [aiming_for] Rol al que se aspira
    [text] Texto
    [note] Nota
    [skill] Habilidad
    [skills] Habilidades
    [date] Fecha
    [duration_minutes] Duración
    [agenda] Agenda
    [notes] Notas
    [private_notes] Notas privadas
    [prompts] Preguntas
    [assessment] Evaluaciones
    [actions] Acciones
    [next_date] Fecha de la próxima
    [next_time] Hora de la próxima
    [next_minutes] Duración de la próxima
    [discussed] Temas hablados
    [seen_by] Visto por
    [who] Quién
    [link] Enlace
    [file] Archivo
    [goal] Meta
    [resources] Recursos
    [measure] Señal de éxito
    [target_date] Fecha objetivo
    [status] Estado
    [owner] Responsable
    [due] Plazo
    [focus] Habilidades foco
    [review_date] Fecha de revisión
   *[other] { $field }
}
conflict-target = Objetivo de { $skill }
conflict-item = { $field } de “{ $text }”
conflict-session = { $field } en la sesión del { $date }
conflict-evidence = { $field } de la evidencia “{ $what }”
conflict-plan = Plan: { $field }

## Qué es un texto escrito, en las frases de abajo: "No hay nada escrito en { $what }".
## Con artículo (“el nombre”, “la nota”): las frases evitan “de” y “a” delante.
field-name = el nombre
field-role = el puesto
field-team = el equipo
field-coach = el coach
field-coach-s-name = el nombre del coach
field-role-aimed-for = el rol al que se aspira
field-text-of-a-have-or-want-item = el texto de una cualidad de Tengo o Quiero
field-coach-of-a-session = el coach de una sesión
field-line-of-a-session-s-agenda = una línea de la agenda de una sesión
field-question-asked-in-a-session = una pregunta hecha en una sesión
field-text-of-an-action = el texto de una acción
field-owner-of-an-action = el responsable de una acción
field-goal-of-a-focus-skill = la meta de una habilidad foco
field-measure-of-a-focus-skill = la señal de éxito de una habilidad foco
field-text-of-a-resource = el texto de un recurso
field-note-of-an-item = la nota de una cualidad
field-note-of-an-assessment = la nota de una evaluación
field-note-of-a-session = la nota de una sesión
field-private-note-of-a-session = la nota privada de una sesión
field-answer-to-a-question = la respuesta a una pregunta
field-signed-name-of-an-answer = la firma de una respuesta
field-name-of-who-saw-a-piece-of-evidence = el nombre de quien vio una evidencia
field-link-of-a-piece-of-evidence = el enlace de una evidencia
field-quality = la cualidad
field-note = la nota
field-description-of-what-happened = la descripción de lo que pasó
field-name-of-who-saw-it = el nombre de quien lo vio
field-link = el enlace
field-signed-name = la firma
field-example = el ejemplo
field-colleague-example = el ejemplo del compañero
field-evidence = la evidencia

## Texto escrito que se rechaza, o que se recorta para que quepa (un archivo de fuera).
text-empty = No hay nada escrito en { $what }. Escribe al menos una letra.
text-too-long = Hay demasiado texto en { $what }: { $len } caracteres, y caben como máximo { $max }.
text-cut = En { $what } había { $len } caracteres; se han conservado los primeros { $max }.
profile-unnamed = Sin nombre
profile-had-no-name = El perfil no tenía nombre; ahora se llama “{ $name }”.
profile-empty-items = { $n ->
    [one] Se omitió una cualidad vacía de Tengo o Quiero.
    [many] Se omitieron { $n } de cualidades vacías de Tengo o Quiero.
   *[other] Se omitieron { $n } cualidades vacías de Tengo o Quiero.
}
answer-level-left-out = Se omitió el nivel de un compañero que superaba la escala de la lista.
evidence-link-left-out = Se omitió un enlace que no es una dirección web: “{ $link }”.
evidence-empty-left-out = { $n ->
    [one] Se omitió una evidencia vacía.
    [many] Se omitieron { $n } de evidencias vacías.
   *[other] Se omitieron { $n } evidencias vacías.
}
evidence-no-skill = Indica qué habilidad muestra: elige al menos una.
evidence-link-not-web = El enlace “{ $link }” no es una dirección web. Empiézalo con https:// (o http://, mailto:), o adjunta el archivo en su lugar.

## Respuestas de compañeros cargadas.
answers-unsigned = Las respuestas sin firma de un compañero
answers-signed = Las respuestas de { $name }
answers-added = { $who } se añadieron al feedback de { $profile }
answers-replaced = { $who } sustituyen a las que se guardaron antes desde el mismo formulario, en el feedback de { $profile }
answers-already = { $who } ya se habían cargado; no cambió nada en el feedback de { $profile }.
answers-count-shows = { $what }: { $n ->
    [one] 1 respuesta
    [many] { $n } de respuestas
   *[other] { $n } respuestas
}, así que la visión de los compañeros se muestra en Progreso (radar, tabla y gráfico de evolución).
answers-count-none-rated = { $what }: { $n ->
    [one] 1 respuesta
    [many] { $n } de respuestas
   *[other] { $n } respuestas
}, pero todavía ninguna habilidad tiene { $min } evaluaciones, así que no hay nada que mostrar.
answers-count-so-far = { $what }: { $n ->
    [one] 1 respuesta
    [many] { $n } de respuestas
   *[other] { $n } respuestas
} por ahora. La visión de los compañeros se mostrará cuando hayan respondido { $min }, para que ninguna respuesta se pueda identificar.

## Entradas de calendario (.ics) para las sesiones, las acciones con plazo y la revisión del plan.
cal-session-title = Sesión de coaching: { $name }
cal-session-title-with = Sesión de coaching: { $name } con { $coach }
cal-session-description = Acordada en la sesión del { $date }. Abre Lodestar para ver la agenda.
cal-due-title = Fecha límite: { $action } ({ $name })
cal-due-description = Una acción acordada en el coaching.
cal-due-description-owner = Una acción acordada en el coaching; responsable: { $owner }.
cal-review-title = Revisar el plan de desarrollo: { $name }
cal-review-description = Es hora de volver a mirar el plan: qué funcionó, qué cambiar y qué viene ahora.

## Las líneas de la agenda de una sesión (se guardan con la sesión) y su resumen.
agenda-line-review-actions = { $n ->
    [one] Revisar 1 acción abierta
    [many] Revisar { $n } de acciones abiertas
   *[other] Revisar { $n } acciones abiertas
}
agenda-line-gap = { $skill }: de { $from } hacia { $to }
agenda-line-calibration = { $skill }: autoevaluación { $self_level } y coach { $coach_level } no coinciden
agenda-line-blind-spot = { $skill }: aún no está en ninguna lista
agenda-line-unbacked = { $skill }: subió de { $from } a { $to }; ¿qué lo demuestra?
summary-title = Sesión de coaching: { $name }, { $date }
summary-coach = Coach: { $coach }
summary-minutes = { $n } minutos
summary-talked-about = De qué hablamos
summary-discussed-skill = { $skill } (una habilidad que aún no está en ninguna lista)
summary-notes = Notas
summary-reflections = Reflexiones
summary-rating-changes = Cambios en las evaluaciones
summary-actions = Acciones acordadas
summary-next = Próxima sesión
summary-private = Notas privadas del coach
# $who es "self" o "coach".
summary-change = { $skill } ({ $who ->
    [self] autoevaluación
   *[coach] coach
}): de { $from } a { $to }
summary-first-rating = { $skill } ({ $who ->
    [self] autoevaluación
   *[coach] coach
}): { $level }
summary-owner = responsable: { $owner }
summary-due = para el { $date }
action-open = abierta
action-done = hecha
action-dropped = descartada

## Reconocer en el texto escrito las habilidades de una lista. Palabras que no dicen
## nada de una habilidad, separadas por espacios, en minúscula (“el”, “mi”, “bueno”);
## sin negaciones (“no”, “ni”, “sin”, “nunca”). El inglés guarda más en el propio programa.
matching-stop-words = el la los las lo un una unos unas al del de a en con por para sobre entre hacia desde hasta según segun y e o u que qué mi mis me yo mí tu tus te ti su sus se nos ser soy es son era este esta estos estas esto ese esa eso he ha han hay muy más mas buen bueno buena buenos buenas mucho mucha muchos muchas habilidad habilidades capacidad capaz cómo como hacer hago poder puedo querer quiero quisiera tener tengo mejor mejores mejorar aprender uno otro otra otros otras algo alguien cosa cosas todo toda todos todas cada ya realmente gustaría debería haciendo estoy siendo le les nuestro nuestra nuestros nuestras pero también si destreza destrezas competencia competencias
# Artículos que se apostrofan delante de otra palabra (“l” en francés “l’équipe”),
# separados por espacios; en español no hay ninguno.
matching-elisions = { "" }

## Comparar en una línea, y cuánto falta para un rol de la escalera de la lista.
compare-summary = { $strong } de las { $total } habilidades recomendadas { $strong ->
    [one] ya es una fortaleza
    [many] ya son fortalezas
   *[other] ya son fortalezas
}; quieres desarrollar { $want }; vale la pena hablar de { $blind }.
ladder-met = { $role }: al nivel esperado o por encima en { $met } de { $expected ->
    [one] 1 habilidad
    [many] { $expected } de habilidades
   *[other] { $expected } habilidades
}
# Cada uno continúa ladder-met.
ladder-ready = ; todo listo.
ladder-gaps-even = ; { $n } por desarrollar, { $size ->
    [one] 1 nivel
    [many] { $size } de niveles
   *[other] { $size } niveles
} por debajo en cada caso.
ladder-gaps = ; { $n } por desarrollar, la mayor distancia en { $skill }: { $size ->
    [one] 1 nivel
    [many] { $size } de niveles
   *[other] { $size } niveles
}.
ladder-unrated = { $n ->
    [one] 1 habilidad aún no está evaluada.
    [many] { $n } de habilidades aún no están evaluadas.
   *[other] { $n } habilidades aún no están evaluadas.
}

## El plan de desarrollo (PDF, Markdown, página web).
plan-title = Plan de desarrollo
plan-title-of = Plan de desarrollo: { $name }
plan-where-i-stand = Dónde estoy
plan-focus-skills = Habilidades foco
plan-print-no-focus = Todavía no se ha elegido ninguna habilidad foco.
plan-simple-not-easy = Estos pasos son fáciles de escribir y más difíciles de cumplir: cuenta con semanas de práctica, no con un día. Cuando hay mucho trabajo, el tiempo con las personas suele ser lo primero que se sacrifica, porque da sus frutos despacio; por eso, resérvale una parte.
plan-focus-status = Estado: { $status }
plan-focus-status-date = Estado: { $status } · fecha objetivo { $date }
plan-print-goal = Meta:
plan-now-at = Ahora
plan-aiming-for = Objetivo
plan-for-example = Por ejemplo ({ $place }):
plan-evidence-so-far = Evidencias hasta ahora:
plan-print-resources = Recursos:
plan-success = Señal de éxito:
plan-growth = Evolución en el tiempo
plan-growth-note = Las evaluaciones de cada habilidad en cada evaluación; los triángulos marcan las evidencias, y las marcas de verificación, las acciones hechas.
plan-open-actions = Acciones abiertas de las sesiones de coaching
plan-col-action = Acción
plan-col-owner = Responsable
plan-col-due = Plazo
plan-col-agreed = Acordada
plan-col-status = Estado
plan-overdue = vencida
plan-signatures = Firmas
plan-technician = Técnico
plan-coach = Coach
plan-date = Fecha
plan-sign-technician = Técnico, fecha
plan-sign-coach = Coach, fecha
plan-page = Página
# La numeración de páginas de Typst: el primer “1” es esta página y el segundo,
# la última; sin las letras a, i, A ni I.
plan-page-of = 1 de 1
plan-fact-coach = Coach: { $coach }
plan-fact-date = Fecha: { $date }
plan-fact-dates = Fecha: { $date } · Revisión: { $review }
plan-list-strengths = Fortalezas que anotaste
plan-list-growing = Por desarrollar, como se recomienda
plan-list-talk = Vale la pena hablarlo
plan-list-own-strengths = Mis propias fortalezas
plan-list-own-goals = Mis propias metas
plan-growing-into = Rumbo a { $what }
plan-evidence-line = { $date }: { $text }
plan-evidence-seen = { $date }: { $text } (visto por { $who })
plan-evidence-seen-named = { $date }: { $text } (visto por { $who }, { $name })
plan-template-failed = No se pudo usar tu plantilla { $path } ({ $reason }); se usó el diseño integrado.

## Las capas y leyendas de los gráficos. En layer-assessment, $which es "first",
## "previous", "latest" u otra palabra (una anterior); $rater es "self" o "coach".
layer-assessment = { $which ->
    [first] { $rater ->
        [self] Primera autoevaluación
       *[coach] Primera evaluación del coach
    }
    [previous] { $rater ->
        [self] Autoevaluación anterior
       *[coach] Evaluación anterior del coach
    }
    [latest] { $rater ->
        [self] Última autoevaluación
       *[coach] Última evaluación del coach
    }
   *[other] { $rater ->
        [self] Autoevaluación
       *[coach] Evaluación del coach
    }
}, { $date }
layer-target = Objetivo
layer-colleagues = Compañeros ({ $n ->
    [one] 1 respuesta
    [many] { $n } de respuestas
   *[other] { $n } respuestas
}), { $date }
growth-key-self = Autoevaluación
growth-key-coach = Coach
growth-key-colleagues = Compañeros
growth-key-target = Objetivo
growth-key-evidence = Evidencia
growth-key-action-done = Acción hecha
cal-name = Coaching de Lodestar
cal-tomorrow = Mañana: { $title }

## Hojas de cálculo: las columnas de una lista exportada (se reconocen al
## importar, en cualquier idioma) y los rechazos de la importación.
sheet-col-ignore = (sin usar)
sheet-col-skill = Habilidad
sheet-col-id = Id
sheet-col-description = Descripción
sheet-col-keywords = Palabras clave
sheet-col-level = Nivel { $name }
sheet-col-examples = Ejemplos del nivel { $name }
sheet-col-strategies = Estrategias
sheet-col-prompts = Preguntas
sheet-col-role = Rol: { $name }
import-no-skill-column = Indica qué columna contiene los nombres de las habilidades.
import-unusable = No se puede usar la lista: { $reason }.
import-title-long = El título es demasiado largo: caben como máximo { $max } caracteres.
import-names-no-levels = Hay nombres de niveles, pero ninguna columna es un nivel.
import-level-twice = Hay dos columnas que son Nivel { $n }; asigna una sola columna a cada nivel.
import-level-missing = Ninguna columna es Nivel { $n }; los niveles tienen que ir seguidos desde el 1, sin saltos.
import-too-many-names = Hay { $names } nombres de niveles para { $columns } columnas de nivel.
import-level-name-long = El nombre de nivel “{ $name }” es demasiado largo: caben como máximo 40 caracteres.
import-level-names = Los nombres de los niveles: { $reason }.
sheet-ratings = Evaluaciones
sheet-actions = Acciones
sheet-plan = Plan
sheet-team = Equipo
sheet-list = Lista
sheet-default-name = Hoja
sheet-not-applicable = No aplica
sheet-agreed-session = sesión del { $date }
sheet-agreed-plan = plan: { $skill }
sheet-col-date = Fecha
sheet-col-rated-by = Quién evalúa
sheet-col-level-number = Nivel
sheet-col-level-name = Nombre del nivel
sheet-col-target = Objetivo
sheet-col-note = Nota
sheet-col-focus-skill = Habilidad foco
sheet-col-goal = Meta
sheet-col-now = Ahora
sheet-col-measure = Cómo se mide el éxito
sheet-col-target-date = Fecha objetivo
sheet-col-resources = Recursos
sheet-col-technician = Técnico
sheet-col-job-role = Puesto
sheet-col-team = Equipo
sheet-col-coach = Coach
sheet-col-list = Lista
sheet-col-last-rated = Última evaluación
sheet-col-skill-target = { $skill }: objetivo
copy-by-lodestar-moving = Lodestar, al mover la carpeta de perfiles,
copy-by-drive-or-onedrive = Google Drive o OneDrive
copies-merged = Se combinó una copia de “{ $name }” que hizo { $who } cuando dos equipos lo cambiaron ({ $what }). La copia está en las copias de seguridad.
copies-restored = Faltaba “{ $name }”; la copia que hizo { $who } ({ $file }) es ahora el perfil.
copies-need-choice = Una copia de “{ $name }” que hizo { $who } cambia las mismas cosas de otra manera ({ $fields }). Abre “{ $name }” en Lodestar para elegir; hasta entonces, la copia se queda donde está.

## Problemas con archivos y carpetas. En io-failed, $action es lo que se
## estaba haciendo.
io-failed = No se pudo { $action ->
    [read] leer
    [save] guardar
    [create] crear
    [lock] bloquear
    [move] mover
    [remove] eliminar
    [restore] restaurar
    [move-aside] apartar
    [set-aside] poner aparte
    [move-to-the-trash] mover a la papelera
    [open-the-lock-file] abrir el archivo de bloqueo
    [read-the-folder] leer la carpeta
    [create-the-folder] crear la carpeta
   *[other] { $action }
} { $path }: { $reason }.
io-disk-full = el disco está lleno. Libera algo de espacio y vuelve a intentarlo
io-permission = se denegó el permiso
io-no-folder = su carpeta no existe
io-not-found = no existe
io-read-only = el disco es de solo lectura
io-quota = se agotó tu cuota de disco
io-too-large = el archivo es más grande de lo que permite este sistema (un límite de tamaño, o un disco lleno). Libera algo de espacio y vuelve a intentarlo
store-corrupt = No se pudo leer el archivo de perfil { $path } ({ $reason }). Se apartó como { $set_aside } sin tocarlo; tus demás perfiles están bien.
store-not-a-profile = { $path } no es un perfil de Lodestar: { $reason }
store-too-new = “{ $name }” se guardó con una versión más nueva de Lodestar (formato de archivo { $found }; esta versión lee hasta el { $supported }). Actualiza Lodestar para abrirlo; el archivo no se modificó.
store-read-only = “{ $name }” es de solo lectura aquí: { $reason }. Tus cambios no se guardaron.
store-changed-on-disk = Otro programa (una carpeta sincronizada, otro equipo) cambió o eliminó “{ $name }” en el disco desde que se abrió. No se sobrescribió nada: vuelve a cargarlo para ver la otra versión, o conserva la tuya para sustituirla.
store-no-such-profile = Ningún perfil coincide con “{ $query }”. `lodestar profiles` muestra la lista.
store-ambiguous = “{ $query }” coincide con varios perfiles: { $matches }. Usa el identificador.
store-merge = No se pudieron combinar las dos versiones: { $reason }. No se cambió nada.
store-catalog = El archivo de la lista { $file } tiene un problema: { $message }
store-catalog-line = El archivo de la lista { $file } tiene un problema en la línea { $line }: { $message }
store-catalog-exists = Ya hay una lista con el identificador “{ $id }”. Ponle otro título a esta.
store-answer-file = { $path } no es un archivo de respuesta de un compañero que Lodestar pueda leer: { $reason }. No se cargó nada.
store-answers = No se pueden cargar estas respuestas: { $reason }.
store-not-a-folder = { $path } no puede contener los perfiles: { $reason }. No se movió nada.
folder-is-a-file = es un archivo
folder-inside-settings = está dentro de la carpeta de configuración de Lodestar; elige una carpeta fuera de ella, por ejemplo una de tu carpeta sincronizada
folder-profile-open-elsewhere = está abierto en otra ventana de Lodestar; ciérralo allí primero

## La línea de comandos.
cli-unknown-language = Lodestar no habla “{ $tag }”; habla { $known }.
cli-sent-technician = Se guardó “{ $name }” (sin las notas privadas) en { $file }, listo para enviar.
cli-sent-coach = Se guardó “{ $name }” en { $file }, listo para enviar.
cli-exported = Se exportó “{ $name }” a { $file }.
cli-list-imported = Se importó la lista “{ $title }” ({ $n ->
    [one] 1 habilidad
    [many] { $n } de habilidades
   *[other] { $n } habilidades
}, con los niveles { $levels }) como { $id }.
cli-moved = Los perfiles se guardan ahora en { $folder } ({ $how }).
cli-moved-count = { $n ->
    [one] 1 movido
    [many] { $n } movidos
   *[other] { $n } movidos
}
cli-moved-same = { $n ->
    [one] 1 ya estaba allí
    [many] { $n } ya estaban allí
   *[other] { $n } ya estaban allí
}
cli-moved-merged = { $n ->
    [one] 1 distinto de la copia que ya estaba allí: combinado ahora
    [many] { $n } distintos de la copia que ya estaba allí: combinados ahora
   *[other] { $n } distintos de la copia que ya estaba allí: combinados ahora
}
cli-no-profiles = Todavía no hay perfiles en { $folder }.
cli-wrote-plan = Se guardó el plan de “{ $name }” en { $file }.
cli-wrote-growth = Se guardó el gráfico de evolución de “{ $name }” en { $file }.
cli-wrote-chart = Se guardó el gráfico de “{ $name }” en { $file }.
cli-no-such-list = No hay ninguna lista “{ $id }”. `lodestar catalogs` muestra las listas.
cli-no-list-at-all = No hay ninguna lista recomendada disponible
cli-list-missing = advertencia: falta la lista “{ $missing }”; se compara con “{ $used }”
cli-compared = { $name } — comparación con “{ $list }”
cli-section-strengths = Fortalezas — ya son tuyas, sigue cultivándolas:
cli-section-deepen = Fortalezas en las que además quieres ir más allá:
cli-section-right-track = Vas por buen camino — las quieres y están recomendadas:
cli-section-blind-spots = Vale la pena hablarlo — recomendadas, aún no están en ninguna de tus listas:
cli-section-own-strengths = Tus propias fortalezas:
cli-section-own-goals = Tus propias metas:
cli-section-own-deepen = Tus propias fortalezas en las que quieres ir más allá:
cli-section-links = Posibles vínculos, sin aplicar (confírmalos en la aplicación):
cli-note = Nota: { $line }
cli-imported = Se importó “{ $name }” como { $id }.
cli-updated = Se actualizó “{ $name }”: { $what }.
cli-conflict-kept = { $field }: se conservó tu versión ({ $mine }); la otra era { $theirs }.
cli-conflicts-hint = Donde la otra versión sea la correcta, cámbialo en la aplicación.
cli-wrote-form = Se guardó el formulario de feedback de “{ $name }” ({ $n ->
    [one] 1 habilidad
    [many] { $n } de habilidades
   *[other] { $n } habilidades
}, solicitud { $request }) en { $file }. Envíalo a los compañeros como adjunto de un correo; cada uno guarda un archivo de respuesta y te lo devuelve. Cárgalos con `lodestar import FILE`.
cli-whose-one = “{ $name }”
cli-whose-all = todos los técnicos
cli-cal-sessions = { $n ->
    [one] 1 sesión
    [many] { $n } de sesiones
   *[other] { $n } sesiones
}
cli-cal-actions = { $n ->
    [one] 1 acción con plazo
    [many] { $n } de acciones con plazo
   *[other] { $n } acciones con plazo
}
cli-cal-reviews = { $n ->
    [one] 1 revisión del plan
    [many] { $n } de revisiones del plan
   *[other] { $n } revisiones del plan
}
cli-cal-empty = No hay nada próximo para { $whose }: ni próxima sesión, ni plazos, ni revisiones a partir del { $today }. Se guardó un calendario vacío en { $file }.
cli-cal-written = Se guardó el calendario de { $whose } ({ $what }) en { $file }. Ábrelo con tu programa de calendario; si lo importas de nuevo más adelante, se actualizan los mismos eventos.
cli-wrote = Se guardó { $file } con { $what }.
cli-wrote-also = y { $file }
cli-what-profile-sheet = las evaluaciones, las acciones y el plan de “{ $name }”
cli-what-team = el equipo ({ $n ->
    [one] 1 técnico
    [many] { $n } de técnicos
   *[other] { $n } técnicos
})
cli-what-list = la lista “{ $title }”

## Por qué no se puede usar una lista, una escala, las respuestas de un compañero
## o una exportación (continúan una frase, así que casi todos empiezan en minúscula).
catalog-no-title = la lista no tiene título
catalog-no-id = la lista no tiene identificador
catalog-no-skills = la lista no tiene habilidades
catalog-unnamed-skill = la habilidad número { $n } no tiene nombre
catalog-no-skill-id = la habilidad número { $n } no tiene identificador
catalog-skill-twice = el identificador de habilidad “{ $id }” se usa dos veces
catalog-level-count = la habilidad “{ $skill }” describe { $count } niveles; la escala de la lista tiene { $scale }, así que necesita { $scale } (o ninguno)
catalog-scale = la escala de la lista: { $reason }
catalog-unnamed-role = el rol número { $n } no tiene nombre
catalog-role-twice = el rol “{ $role }” aparece dos veces
catalog-role-skill = el rol “{ $role }” espera un nivel en “{ $skill }”, que no está en la lista
catalog-role-level = el rol “{ $role }” espera el nivel { $level } en “{ $skill }”; la escala llega hasta { $top }
scale-count = una escala necesita de { $min } a { $max } niveles; esta tiene { $n }
scale-unnamed = el nivel { $n } de la escala no tiene nombre
scale-twice = la escala repite el nombre “{ $name }”
merge-different-profiles = los dos archivos son perfiles distintos (“{ $mine }” y “{ $theirs }”)
merge-unreadable = no se pudo volver a leer el perfil combinado: { $reason }
answers-newer-format = estas respuestas se guardaron con un formulario de una versión más nueva de Lodestar (formato { $format }); actualiza Lodestar para cargarlas
answers-other-request = estas respuestas pertenecen a una solicitud de feedback que no está en el perfil de { $name }: puede que sean para otro técnico, o de una solicitud hecha en otro equipo. No se cargó nada
answers-unknown-skill = las respuestas nombran la habilidad “{ $skill }”, por la que no preguntaba la solicitud: el archivo se modificó después de que el formulario lo guardara. No se cargó nada; pide al compañero que vuelva a enviar el archivo
answers-skill-twice = las respuestas nombran dos veces la habilidad “{ $skill }”: el archivo se modificó después de que el formulario lo guardara. No se cargó nada
answers-level-out-of-range = las respuestas dan a “{ $skill }” el nivel { $level }, pero la solicitud pedía de 1 a { $top }: el archivo se modificó después de que el formulario lo guardara. No se cargó nada
answers-no-id = el archivo de respuesta no tiene identificador de respuesta: no lo guardó el formulario. No se cargó nada
answers-not-the-coachs = las respuestas se cargan en el equipo del coach, donde se hizo la solicitud: envía este archivo al coach. No se cargó nada
answers-empty = el compañero guardó el formulario sin elegir ningún nivel ni escribir ningún ejemplo, así que no hay nada que cargar
export-no-list = no hay ninguna lista recomendada disponible
export-ending = ponle { $what ->
    [plan] al plan
    [chart] al gráfico
    [spreadsheet] a la hoja de cálculo
    [calendar-file] al archivo de calendario
   *[feedback-form] al formulario de feedback
} un nombre que termine en { $endings } ({ $path })
export-no-growth = todavía no hay gráfico de evolución de “{ $name }”: hacen falta al menos dos evaluaciones
export-no-chart = no hay gráfico de “{ $name }”: { $reason }
export-sheet = no se pudo crear la hoja de cálculo: { $reason }
export-calendar = no se pudo crear el archivo de calendario: { $reason }
chart-no-ratings = todavía no hay nada evaluado, así que no hay gráfico que dibujar
chart-too-few-skills = un gráfico radar necesita al menos 3 habilidades que apliquen; hay { $n }
pdf-template = la plantilla del plan tiene un error: { $reason }
pdf-export = no se pudo escribir el PDF: { $reason }
file-cut-off = el archivo termina antes de tiempo, en la línea { $line }: parece cortado
file-too-new = se guardó con una versión más nueva de Lodestar (formato de archivo { $found })
folder-unreachable = No se puede acceder a tu carpeta de perfiles { $folder } ({ $reason }). En su lugar se muestran los perfiles guardados en la carpeta de configuración; conecta la unidad y vuelve a iniciar Lodestar, o elige otra carpeta en Acerca de.
catalog-id-taken = el identificador “{ $id }” ya lo usa otra lista; dale a esta su propio identificador
sheet-kinds = Lodestar lee listas de hojas de cálculo (.xlsx, .ods) y de archivos CSV (.csv)
sent-file-no-profile = el archivo enviado no contiene ningún perfil
recovered-kept = { $n ->
    [one] Un conjunto de cambios que no se pudo guardar antes se conserva en { $folder }. Usa Importar para recuperarlo.
    [many] { $n } de conjuntos de cambios que no se pudieron guardar antes se conservan en { $folder }. Usa Importar para recuperar uno.
   *[other] { $n } conjuntos de cambios que no se pudieron guardar antes se conservan en { $folder }. Usa Importar para recuperar uno.
}
cli-no-config-folder = No se encontró ninguna carpeta para la configuración; indica una con --config-dir DIR

## El formulario de feedback que rellena un compañero (una página web). { $name } y
## { $coach } son los nombres del técnico y del coach.
form-title = Feedback para { $name }
form-their-coach = su coach
form-intro = { $name } se está convirtiendo en líder, con { $coach } como coach. Trabajas a su lado, así que ves cosas que un coach nunca ve. Para cada habilidad de abajo, elige el nivel que corresponde a lo que le has visto hacer, o “No lo he visto”. Lo que más ayuda es un ejemplo breve de algo que pasó.
form-privacy = Solo { $coach } lee tus respuestas una por una. { $name } ve la media de todos los compañeros, y solo cuando al menos tres personas han respondido, para que ninguna respuesta se pueda identificar. Tu nombre va con tus respuestas solo si lo escribes al final.
form-not-seen = No lo he visto
form-example = Un ejemplo (opcional)
form-example-hint = ¿Qué pasó y qué hizo la persona?
form-your-name = Tu nombre (opcional)
form-name-note = Si lo dejas vacío, tu nombre no se guarda con tus respuestas; { $coach } igualmente ve quién envió el archivo.
form-save = Guardar mis respuestas
form-saved = Tus respuestas se guardaron como { $file } en tu carpeta de descargas. Envía ese archivo a { $coach } como adjunto de un correo. Desde esta página no se ha enviado nada.
form-empty = Todavía no hay nada que guardar: elige un nivel o escribe un ejemplo en al menos una habilidad.
form-footer = Hecho con Lodestar para la solicitud { $id }. Esta página funciona sin conexión a internet y no envía nada a ninguna parte: tus respuestas solo salen en el archivo que tú envías.
