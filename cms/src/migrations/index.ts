import * as migration_20261201_114147_initial from './20261201_114147_initial';

export const migrations = [
  {
    up: migration_20261201_114147_initial.up,
    down: migration_20261201_114147_initial.down,
    name: '20261201_114147_initial'
  },
];
