//! The timer window's cues ([`super::cue`]) as sound: three short chimes made for limber
//! (`scripts/make-sounds.py`, `assets/sounds/`), built into the program.
//!
//! Each plays on a thread of its own, so a frame never waits for it. On Linux it goes to the
//! user's sound server (PulseAudio, or PipeWire through pipewire-pulse) as one short playback
//! stream in the "event" role, and the connection closes once the sound has played: nothing stays
//! open while limber is silent. No sound server means no sound (said once, at debug level).
//! GNOME's "event sounds" switch (`org.gnome.desktop.sound event-sounds`, read from dconf) off
//! means no sound too. On Windows `PlaySound` plays the same WAV from memory as a system
//! notification sound (the mixer's "System Sounds" volume applies); macOS plays nothing yet.

use super::cue::Cue;

/// Plays the sound for `cue` on a thread of its own, when the desktop allows event sounds.
pub fn play(cue: Cue) {
    let started = std::thread::Builder::new()
        .name("sound-cue".into())
        .spawn(move || {
            if desktop_allows() {
                play_now(cue);
            }
        });
    if let Err(error) = started {
        tracing::debug!("no sound for {cue:?}: {error}");
    }
}

/// The cue's sound, a WAV file.
#[cfg_attr(not(any(target_os = "linux", windows)), allow(dead_code))]
fn wav(cue: Cue) -> &'static [u8] {
    match cue {
        Cue::Hold => include_bytes!("../../assets/sounds/hold.wav"),
        Cue::Switch => include_bytes!("../../assets/sounds/switch.wav"),
        Cue::Done => include_bytes!("../../assets/sounds/done.wav"),
    }
}

/// What the sound server lists the sound as.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
fn name(cue: Cue) -> &'static str {
    match cue {
        Cue::Hold => "limber: hold",
        Cue::Switch => "limber: switch sides",
        Cue::Done => "limber: done",
    }
}

/// The sample rate and the samples of a WAV file of mono, 16-bit PCM; `None` for anything else.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
fn mono_pcm(wav: &[u8]) -> Option<(u32, &[u8])> {
    let u16_at = |at: usize| Some(u16::from_le_bytes(wav.get(at..at + 2)?.try_into().ok()?));
    let u32_at = |at: usize| Some(u32::from_le_bytes(wav.get(at..at + 4)?.try_into().ok()?));
    if wav.get(0..4)? != b"RIFF" || wav.get(8..12)? != b"WAVE" {
        return None;
    }
    let mut rate = None;
    let mut at = 12;
    while let (Some(id), Some(length)) = (wav.get(at..at + 4), u32_at(at + 4)) {
        let body = at + 8;
        let end = body.checked_add(length as usize)?;
        match id {
            b"fmt " => {
                let pcm_mono_16 =
                    (u16_at(body)?, u16_at(body + 2)?, u16_at(body + 14)?) == (1, 1, 16);
                rate = Some(u32_at(body + 4)?).filter(|rate| pcm_mono_16 && *rate > 0);
            }
            b"data" => return Some((rate?, wav.get(body..end)?)),
            _ => {}
        }
        // Chunks are padded to an even length.
        at = end.checked_add(length as usize & 1)?;
    }
    None
}

/// Whether the desktop lets programs make event sounds: GNOME's switch, where GNOME keeps it
/// (a file read, no D-Bus). Other desktops have no such switch for other programs to read.
#[cfg(target_os = "linux")]
fn desktop_allows() -> bool {
    crate::busy::dconf_boolean("/org/gnome/desktop/sound/event-sounds") != Some(false)
}

#[cfg(target_os = "linux")]
fn play_now(cue: Cue) {
    use crate::busy::{play_sound, Sound, SoundUnanswered};
    use std::sync::atomic::{AtomicBool, Ordering};
    static SAID_NO_SERVER: AtomicBool = AtomicBool::new(false);
    let Some((rate, samples)) = mono_pcm(wav(cue)) else {
        return;
    };
    let sound = Sound {
        name: name(cue),
        rate,
        samples,
    };
    match play_sound(&sound) {
        Ok(()) => {}
        Err(SoundUnanswered::NoServer) => {
            if !SAID_NO_SERVER.swap(true, Ordering::Relaxed) {
                tracing::debug!("no sound server: the window's cues stay silent");
            }
        }
        Err(SoundUnanswered::Failed(problem)) => tracing::debug!("no sound for {cue:?}: {problem}"),
    }
}

/// Windows: played as a system notification sound, so the mixer's "System Sounds" volume
/// (and muting it) applies.
#[cfg(windows)]
fn desktop_allows() -> bool {
    true
}

#[cfg(windows)]
fn play_now(cue: Cue) {
    use windows_sys::Win32::Media::Audio::{PlaySoundW, SND_MEMORY, SND_NODEFAULT, SND_SYSTEM};
    let sound = wav(cue);
    // SAFETY: with SND_MEMORY the first argument is the address of a whole WAV file in memory,
    // here one built into the program, valid for as long as the program runs; without
    // SND_ASYNC the call returns once the sound has played.
    let played = unsafe {
        PlaySoundW(
            sound.as_ptr().cast(),
            std::ptr::null_mut(),
            SND_MEMORY | SND_NODEFAULT | SND_SYSTEM,
        )
    };
    if played == 0 {
        tracing::debug!("no sound for {cue:?}: PlaySound failed");
    }
}

/// macOS: silent for now.
#[cfg(not(any(target_os = "linux", windows)))]
fn desktop_allows() -> bool {
    false
}

#[cfg(not(any(target_os = "linux", windows)))]
fn play_now(_cue: Cue) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cue_is_a_short_soft_mono_sound() {
        for cue in [Cue::Hold, Cue::Switch, Cue::Done] {
            let (rate, samples) = mono_pcm(wav(cue)).expect("mono 16-bit PCM");
            assert_eq!(rate, 22_050, "{cue:?}");
            let seconds = samples.len() as f64 / 2.0 / f64::from(rate);
            assert!((0.3..=1.0).contains(&seconds), "{cue:?}: {seconds} s");
            let loudest = samples
                .chunks_exact(2)
                .map(|pair| i16::from_le_bytes([pair[0], pair[1]]).unsigned_abs())
                .max()
                .unwrap_or(0);
            // Soft: about a quarter of full scale, never near clipping, never silent.
            assert!(
                (4_000..=12_000).contains(&loudest),
                "{cue:?}: peak {loudest}"
            );
        }
    }

    #[test]
    fn anything_but_mono_16_bit_pcm_is_refused_without_a_panic() {
        let good = wav(Cue::Hold);
        assert!(mono_pcm(good).is_some());
        for end in 0..60 {
            assert_eq!(mono_pcm(&good[..end]), None, "cut at {end}");
        }
        let mut stereo = good.to_vec();
        stereo[22] = 2;
        assert_eq!(mono_pcm(&stereo), None);
        let mut huge_chunk = good.to_vec();
        huge_chunk[16..20].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(mono_pcm(&huge_chunk), None);
        for at in 0..good.len().min(64) {
            let mut bytes = good.to_vec();
            bytes[at] ^= 0xff;
            let _ = mono_pcm(&bytes);
        }
    }
}
