/** Words the synthetic articles are made of: enough variety that names repeat as they do in news. */
export const FIRST_NAMES = [
  'Anna', 'Boris', 'Carla', 'David', 'Elena', 'Farid', 'Grace', 'Hugo', 'Irina', 'James', 'Karin', 'Luis', 'Maria', 'Nikolai',
  'Olga', 'Pavel', 'Quinn', 'Rosa', 'Sergei', 'Tara', 'Umar', 'Vera', 'Walter', 'Xenia', 'Yusuf', 'Zoe', 'Michael', 'Sarah',
];
export const LAST_NAMES = [
  'Abbott', 'Baranov', 'Castillo', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Hoffman', 'Ivanova', 'Jensen', 'Kowalski', 'Lindqvist',
  'Moreno', 'Novak', 'Okafor', 'Petrov', 'Quintero', 'Rossi', 'Schmidt', 'Tanaka', 'Ulyanov', 'Volkov', 'Weber', 'Xu', 'Yilmaz', 'Zhukov',
  'Bennett', 'Carter', 'Hughes', 'Morgan', 'Palmer', 'Reed', 'Sullivan', 'Turner',
];
export const OCCUPATIONS = ['a diplomat', 'a senator', 'a campaign adviser', 'a lobbyist', 'a businessman', 'a businesswoman', 'a journalist', 'an ambassador', 'a spokesperson', 'a lawyer'];
export const TITLES = ['chair', 'member', 'adviser', 'director', 'counsel', 'spokesperson'];
export const PLACES = ['Washington', 'Cleveland', 'Moscow', 'Vienna', 'London', 'New York', 'Brussels', 'Geneva', 'Kyiv', 'Berlin'];
export const MEDIA = ['news-conference', 'written-statement', 'hearing-testimony', 'tweet', 'article', 'public-calls'] as const;
