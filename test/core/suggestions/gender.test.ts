// The gender a given name, a title or a pronoun says, by which a title or a pronoun is
// given to the one person of several it fits.
import { describe, expect, it } from 'vitest';
import {
  givenNameGender,
  isCommonGivenName,
  PRONOUN_GENDER,
  titleGender,
} from '../../../src/core/suggestions/gender.ts';

describe('givenNameGender', () => {
  it('reads the lists, accents or not', () => {
    expect(givenNameGender('June')).toBe('female');
    expect(givenNameGender('Peter')).toBe('male');
    expect(givenNameGender('María')).toBe('female');
    expect(givenNameGender('Hernán')).toBe('male');
    expect(givenNameGender('Montse')).toBe('female');
  });

  it('says nothing where the lists disagree, a list keeps the wrong one of two, or the name is unknown', () => {
    // Italian and English lists disagree.
    expect(givenNameGender('Andrea')).toBeUndefined();
    expect(givenNameGender('Marion')).toBeUndefined();
    // The Spanish and French lists give these as female; the others as male.
    expect(givenNameGender('Juan')).toBe('male');
    expect(givenNameGender('Paul')).toBe('male');
    expect(givenNameGender('Yosvany')).toBeUndefined();
    // Words that head places and firms.
    expect(givenNameGender('Santa')).toBeUndefined();
    expect(givenNameGender('Rio')).toBeUndefined();
  });
});

describe('isCommonGivenName', () => {
  it('needs the Spanish list or two lists, not the US one alone', () => {
    expect(isCommonGivenName('Iñaki')).toBe(true);
    expect(isCommonGivenName('Cheikh')).toBe(true);
    expect(isCommonGivenName('Horizon')).toBe(false);
    expect(isCommonGivenName('Delta')).toBe(false);
    expect(isCommonGivenName('San')).toBe(false);
  });
});

describe('titles and pronouns', () => {
  it('reads English and Spanish titles with or without their full stop, and he/she/él/ella', () => {
    expect(titleGender('Ms')).toBe('female');
    expect(titleGender('Sra.')).toBe('female');
    expect(titleGender('señor')).toBe('male');
    expect(titleGender('Doña')).toBe('female');
    expect(titleGender('Dr')).toBeUndefined();
    expect(PRONOUN_GENDER.ella).toBe('female');
    expect(PRONOUN_GENDER.he).toBe('male');
  });
});
