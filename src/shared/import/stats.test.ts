import { describe, expect, it } from 'vitest'
import { endsSentence, headingLike, lineStats } from './stats'

describe('lineStats', () => {
  it('counts words as runs of non-space text holding a letter or digit; punctuation alone is no word', () => {
    expect(lineStats('The port — by 2030 — will be “fully” electric.').words).toBe(8)
    expect(lineStats('- · | » ...').words).toBe(0)
  })

  it('treats every kind of white space as a word break (no-break, thin and ideographic spaces)', () => {
    expect(lineStats('one\u00a0two\u2009three\u3000four\tfive').words).toBe(5)
  })

  it('counts letters beyond Latin and digits in other scripts as words', () => {
    expect(lineStats('Café Ünal résumé ١٢٣').words).toBe(4)
    expect(lineStats('Café Ünal résumé ١٢٣').cjkShare).toBe(0)
  })

  it('counts each CJK character as a word and splits Latin words at CJK characters', () => {
    const s = lineStats('深圳app下载中心')
    expect(s.words).toBe(7) // six characters and "app"
    expect(s.cjkShare).toBeCloseTo(6 / 9)
  })

  it('classes English prose good by length and function words, and a menu short', () => {
    const prose = 'The ministry said on Tuesday that the new berths would be ready for the first ships by the end of the year, ahead of the plan.'
    expect(lineStats(prose)).toMatchObject({ cls: 'good', endsSentence: true })
    expect(lineStats(prose).stopDensity).toBeGreaterThan(0.3)
    expect(lineStats('Home News Business Sport').cls).toBe('short')
  })

  it('counts function words only as whole runs of letters and apostrophes', () => {
    // "the" inside "theatre" and "of" inside "office" are not function words.
    expect(lineStats('theatre office').stopDensity).toBe(0)
    expect(lineStats('THE OF AND IT').stopDensity).toBe(1)
  })

  it('classes Chinese by characters and commas', () => {
    const zh = '深圳市人民政府近日印发通知，要求各区加快建设创新中心，推动产业升级和城市更新，并在年底前完成首批项目的验收工作。'
    expect(lineStats(zh).cls).toBe('good')
    expect(lineStats('首页 新闻 政务公开').cls).toBe('short')
  })
})

describe('endsSentence and headingLike', () => {
  it('sees sentence ends through closing quotes and brackets', () => {
    expect(endsSentence('He said “no.”')).toBe(true)
    expect(endsSentence('（完）。')).toBe(true)
    expect(endsSentence('Port electrification')).toBe(false)
  })

  it('takes a short unpunctuated phrase as a heading, not a sentence or a bullet', () => {
    expect(headingLike('Why the berths matter')).toBe(true)
    expect(headingLike('The berths matter.')).toBe(false)
    expect(headingLike('• Berths')).toBe(false)
  })
})

describe('lineStats in other languages', () => {
  it('classes French, German, Spanish and Dutch prose good by their own function words', () => {
    const fr = "Le conseil régional a annoncé mardi que les lycéens de la ville pourront emprunter un vélo pendant toute l'année scolaire, sans frais pour les familles."
    const de = 'Die Stadt will das alte Hallenbad bis zum Sommer sanieren, und der Gemeinderat hat dafür am Dienstag mehr Geld bewilligt, als im Plan stand.'
    const es = 'El ayuntamiento ha decidido que los autobuses serán gratuitos para los estudiantes durante todo el curso, según explicó la alcaldesa en una rueda de prensa.'
    const nl = 'De gemeente heeft dinsdag besloten dat de bussen voor scholieren het hele schooljaar gratis zijn, zei de wethouder tijdens een persconferentie in het stadhuis.'
    for (const line of [fr, de, es, nl]) expect(lineStats(line).cls).toBe('good')
    expect(lineStats(fr.toLowerCase()).cls).toBe('good')
  })

  it('still classes a French or German menu short', () => {
    expect(lineStats('Accueil Actualités Sport Culture Économie').cls).toBe('short')
    expect(lineStats('Startseite Nachrichten Sport Kultur Wirtschaft').cls).toBe('short')
  })

  it('judges scripts without a word list (Russian, Korean) by length and sentence ends', () => {
    expect(lineStats('Городской совет во вторник одобрил план реконструкции старого бассейна, работы начнутся летом и продлятся два года.').cls).toBe('good')
    expect(lineStats('시의회는 화요일 낡은 수영장을 보수하는 계획을 승인했으며 공사는 여름에 시작되어 약 2년 동안 계속될 예정이라고 밝혔다.').cls).toBe('good')
    expect(lineStats('Главная Новости Спорт').cls).toBe('short')
  })

  it('measures Japanese with kana as CJK text', () => {
    const ja = '市は三日、老朽化した温泉旅館を改修して若者向けの宿泊施設として再開すると発表した。工事は来年春に始まる予定だ。'
    expect(lineStats(ja)).toMatchObject({ cls: 'good' })
    expect(lineStats(ja).cjkShare).toBeGreaterThan(0.9)
  })
})
